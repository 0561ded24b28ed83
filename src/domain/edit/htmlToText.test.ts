import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText, isHtmlFile } from "./htmlToText";

describe("htmlToText", () => {
  it("keeps paragraphs as lines and drops tags", () => {
    const html =
      "<html><head><title>T</title></head><body><h1>Talks open</h1>\n<p>Ana  <b>Velt</b> said:</p><p>“Half <i>history</i>.”</p></body></html>";
    expect(htmlToText(html)).toBe("Talks open\n\nAna Velt said:\n\n“Half history.”");
  });
  it("drops scripts, styles and comments with their content", () => {
    const html =
      '<p>One</p><script>alert("x")</script><style>p{}</style><!-- <p>hidden</p> --><p>Two</p>';
    expect(htmlToText(html)).toBe("One\n\nTwo");
  });
  it("breaks lines at <br> and list items", () => {
    expect(htmlToText("a<br>b<ul><li>c</li><li>d</li></ul>")).toBe("a\nb\n\nc\n\nd");
  });
  it("decodes entities only once, so escaped markup stays text", () => {
    expect(htmlToText("<p>&lt;script&gt; &amp;amp; &#8220;x&#x201D;&nbsp;y</p>")).toBe(
      "<script> &amp; “x” y",
    );
  });
});

describe("decodeEntities", () => {
  it.each([
    ["&amp;", "&"],
    ["&eacute;", "&eacute;"], // not in the list: left as written rather than guessed
    ["&#0;", "&#0;"], // not a character
    ["&#xD800;", "&#xD800;"], // a lone surrogate
    ["&#x1F600;", "😀"],
    ["&rsquo;s", "’s"],
  ])("%s → %s", (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe("isHtmlFile", () => {
  it.each([
    ["article.html", "", true],
    ["article.HTM", "", true],
    ["article.txt", "text/plain", false],
    ["saved", "text/html", true],
    ["notes.md", "text/markdown", false],
  ])("%s (%s) → %s", (name, type, expected) => {
    expect(isHtmlFile(name, type)).toBe(expected);
  });
});
