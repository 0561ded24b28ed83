import { describe, expect, it } from "vitest";
import { embedCode } from "./embedCode";
import { isEmbedSearch, withEmbed, withoutEmbed } from "./embedUrl";

describe("embed links", () => {
  it("reads embed=1 only", () => {
    expect(isEmbedSearch("?view=deal&embed=1")).toBe(true);
    expect(isEmbedSearch("?embed=true")).toBe(false);
    expect(isEmbedSearch("")).toBe(false);
  });

  it("keeps embed=1 at the end of a serialized query", () => {
    expect(withEmbed("")).toBe("?embed=1");
    expect(withEmbed("?view=deal")).toBe("?view=deal&embed=1");
  });

  it("links back to the full view with the same choices", () => {
    expect(withoutEmbed("https://p.example/app/?view=deal&embed=1&parties=a,b")).toBe(
      "https://p.example/app/?view=deal&parties=a,b",
    );
  });

  it("writes an iframe with the embed address and an escaped title", () => {
    expect(embedCode("https://p.example/?view=deal&embed=1", 'Talks "A" <B> & C')).toBe(
      '<iframe src="https://p.example/?view=deal&amp;embed=1" title="Talks &quot;A&quot; &lt;B&gt; &amp; C" width="100%" height="640" style="border: 0" loading="lazy"></iframe>',
    );
  });
});
