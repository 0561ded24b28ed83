import fc from "fast-check";
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

describe("htmlToText on broken and hostile HTML", () => {
  it.each([
    // A browser hides everything after an unclosed comment; so does Parley.
    ["an unclosed comment", "<p>One</p><!-- <p>Two</p>", "One"],
    ["an unclosed tag", '<p>One</p><p class="lead', "One"],
    ["an unclosed tag without attributes", "<p>One <b", "One"],
    ["an unclosed script", '<p>A</p><script>var s = "<p>B</p>";', "A"],
    ["an unclosed doctype", "<p>A</p><!DOCTYPE html", "A"],
    // The first </script> ends the script, as in a browser; "z" is then text.
    ["nested scripts", "<p>A</p><script>x<script>y</script>z</script><p>B</p>", "A\nz\nB"],
    ["a > in a quoted attribute", '<p title="a>b">Text</p>', "Text"],
    ["a > in a single-quoted attribute", "<p title='a>b' id=x>Text</p>", "Text"],
    ["nested svg", "<p>A<svg><svg><text>x</text></svg><text>y</text></svg>B</p>", "AB"],
    ["a self-closed svg", "A<svg/>B", "AB"],
    ["upper-case tags", "<SCRIPT>x</SCRIPT><P>A</P>", "A"],
    ["a < that starts no tag", "<p>a < b <= c</p>", "a < b <= c"],
    ["a lone </", "x </ y", "x </ y"],
    ["a letter that lowers to two code units", "İ<script>x</script>A", "İA"],
    ["a comment holding a tag end", "A<!-- x > y -->B", "AB"],
    ["CDATA", "A<![CDATA[x]]>B", "AB"],
  ])("%s", (_shape, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("keeps 200,000 `<` as text", () => {
    const html = "<".repeat(200_000);
    expect(htmlToText(html)).toBe(html);
  });

  // Each shape once took time in the square of its length; at 1 MB that was minutes. A linear
  // scan takes tens of milliseconds; the bound leaves room for a busy machine.
  const megabyte = 1_000_000;
  it.each([
    ["unclosed comments", "<!--a ".repeat(megabyte / 6)],
    ["unclosed tags", "<a b".repeat(megabyte / 4)],
    ["bare <", "<".repeat(megabyte)],
    ["unclosed scripts", "<script>".repeat(megabyte / 8)],
    ["unclosed quoted attributes", '<a x="'.repeat(megabyte / 6)],
    ["ampersands before letters", `&${"a".repeat(megabyte)}`],
    ["nested svg", "<svg>".repeat(megabyte / 5)],
    ["text with tags", "<p>Ana said &ldquo;yes&rdquo;.</p>".repeat(megabyte / 33)],
  ])("reduces 1 MB of %s in under a second", (_shape, html) => {
    const started = performance.now();
    htmlToText(html);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("never returns more characters than it was given, and finishes on any markup", () => {
    const markup = fc.constantFrom(..."<>!-/=\"' \n&;#ax".split(""), "script", "svg", "p", "<!--");
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 400 }), (parts) => {
        const html = parts.join("");
        expect(htmlToText(html).length).toBeLessThanOrEqual(html.length);
      }),
    );
  });

  it("leaves text without markup as it is", () => {
    const word = fc.stringMatching(/^[A-Za-zé’.,]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), (words) => {
        const text = words.join(" ");
        expect(htmlToText(text)).toBe(text);
      }),
    );
  });

  it("reports its progress on a long file", () => {
    const shares: number[] = [];
    htmlToText("<p>x</p>".repeat(50_000), (share) => shares.push(share));
    // 400,000 characters, a report about every 65,536: six reports, rising, below 1.
    expect(shares.length).toBe(6);
    expect(shares.every((share, index) => share > (shares[index - 1] ?? 0) && share < 1)).toBe(
      true,
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
    ["&abcdefghijk;", "&abcdefghijk;"], // longer than any entity: not tried
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
