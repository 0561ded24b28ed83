import { describe, expect, it } from "vitest";
import { REPLACEMENT, toXmlSafeText } from "./xmlText";

const R = REPLACEMENT;

describe("toXmlSafeText", () => {
  it("keeps ordinary text, accents, emoji and the three allowed controls as they are", () => {
    for (const text of ["Party A", "Çavuşoğlu", "Київ", "flag 🇺🇦 here", "a\tb\nc\rd", ""]) {
      expect(toXmlSafeText(text)).toBe(text);
    }
  });

  it.each([
    ["NUL", "\u0000"],
    ["BEL", "\u0007"],
    ["backspace", "\u0008"],
    ["vertical tab", "\u000B"],
    ["form feed", "\u000C"],
    ["shift out", "\u000E"],
    ["unit separator", "\u001F"],
  ])("replaces the C0 control %s", (_name, control) => {
    expect(toXmlSafeText(`a${control}b`)).toBe(`a${R}b`);
  });

  it("replaces every C0 control but tab, LF and CR: 29 of the 32", () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("");
    const safe = toXmlSafeText(controls);
    expect([...safe].filter((char) => char === R)).toHaveLength(29);
    expect(safe.replaceAll(R, "")).toBe("\t\n\r");
  });

  it("replaces the non-characters U+FFFE and U+FFFF", () => {
    expect(toXmlSafeText("x\uFFFEy\uFFFFz")).toBe(`x${R}y${R}z`);
  });

  it("keeps U+FFFD and U+FFFC, which XML allows", () => {
    expect(toXmlSafeText("\uFFFD\uFFFC")).toBe("\uFFFD\uFFFC");
  });

  it("replaces a lone high surrogate, at the end or before another character", () => {
    expect(toXmlSafeText("end\uD83D")).toBe(`end${R}`);
    expect(toXmlSafeText("\uD83Dx")).toBe(`${R}x`);
  });

  it("replaces a lone low surrogate", () => {
    expect(toXmlSafeText("\uDE00start")).toBe(`${R}start`);
  });

  it("replaces two high surrogates in a row one by one, keeping a pair that follows", () => {
    // U+1F600 is \uD83D\uDE00: the first \uD83D has no partner, the second has.
    expect(toXmlSafeText("\uD83D\uD83D\uDE00")).toBe(`${R}\u{1F600}`);
  });

  it("returns the very same string when nothing needed replacing", () => {
    const text = "nothing to do";
    expect(toXmlSafeText(text)).toBe(text);
  });
});
