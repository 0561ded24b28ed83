import { describe, expect, it } from "vitest";
import { captionedSvg, escapeXml, wrapText } from "./captionedSvg";

describe("wrapText", () => {
  it("breaks at spaces, never past the limit", () => {
    expect(wrapText("one two three four", 9)).toEqual(["one two", "three", "four"]);
  });
  it("cuts a word longer than a line", () => {
    expect(wrapText("abcdefghijkl xy", 8)).toEqual(["abcdefgh", "ijkl xy"]);
  });
  it("gives no line for empty text", () => {
    expect(wrapText("   ", 20)).toEqual([]);
  });
});

describe("escapeXml", () => {
  it("escapes markup and replaces characters XML forbids", () => {
    expect(escapeXml('<a href="x">&\u0007</a>')).toBe(
      "&lt;a href=&quot;x&quot;&gt;&amp;\uFFFD&lt;/a&gt;",
    );
  });
});

describe("captionedSvg", () => {
  const credit = {
    title: "T <1>",
    dateLine: "As of 1 May 2025",
    filterLines: ["State media hidden"],
    outletsText: "Wire",
    datasetText: "D v2",
    sourceLine: "Source: Wire, coded in D v2",
    link: "https://example.org/?a=1&b=2",
  };
  const svg = captionedSvg({
    credit,
    notes: ["↑ Top: high"],
    eventKey: ["1 · 2 May 2025: Talks"],
    body: { markup: '<rect width="100" height="50"/>', width: 100, height: 50 },
    description: "A chart.",
  });

  it("has one style block, a title with the dates and a description with the source", () => {
    expect(svg.text.match(/<style>/g)).toHaveLength(1);
    expect(svg.text).toContain('<title id="p-title">T &lt;1&gt; (As of 1 May 2025)</title>');
    expect(svg.text).toContain('<desc id="p-desc">A chart. Source: Wire, coded in D v2.</desc>');
  });

  it("writes header, body, event key, source and link in that order", () => {
    const order = [
      ">T &lt;1&gt;<",
      ">As of 1 May 2025<",
      ">State media hidden<",
      ">↑ Top: high<",
      '<rect width="100"',
      ">1 · 2 May 2025: Talks<",
      ">Source: Wire, coded in D v2<",
      ">https://example.org/?a=1&amp;b=2<",
    ].map((part) => svg.text.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("is at least 560 wide, with a padding of 16 round a wider body", () => {
    expect(svg.width).toBe(560);
    const wide = captionedSvg({
      credit,
      notes: [],
      eventKey: [],
      body: { markup: "", width: 900, height: 10 },
      description: "",
    });
    expect(wide.width).toBe(932);
  });
});
