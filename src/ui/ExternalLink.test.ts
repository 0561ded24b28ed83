// Rendered to static markup in Node: what the browser would receive for hostile and sound URLs.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExternalLink } from "./ExternalLink";

const render = (url: string | null, unlinked?: "cite" | "text") =>
  // Called as a function (it uses no hooks), so its required children type-check.
  renderToStaticMarkup(ExternalLink({ url, unlinked, children: "Headline <b>" }));

describe("ExternalLink", () => {
  it("links an https URL in a new tab with no opener and no referrer", () => {
    expect(render("https://example.org/a")).toBe(
      '<a href="https://example.org/a" target="_blank" rel="noopener noreferrer">Headline &lt;b&gt;</a>',
    );
  });

  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "/local"])(
    "shows %j as an unlinked citation",
    (url) => {
      expect(render(url)).toBe("<cite>Headline &lt;b&gt;</cite>");
    },
  );

  it("shows plain text when asked and there is no URL", () => {
    expect(render(null, "text")).toBe("Headline &lt;b&gt;");
  });
});
