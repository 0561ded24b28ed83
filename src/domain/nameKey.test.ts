import { describe, expect, it } from "vitest";
import { isSameName, nameKey } from "./nameKey";

describe("nameKey", () => {
  it.each([
    ["NFD é becomes NFC é", "Cafe\u0301 Party", "café party"],
    ["a doubled inner space", "Upland  Republic", "upland republic"],
    ["a zero-width space inside a word", "Up\u200bland", "upland"],
    ["zero-width joiner and non-joiner", "Mid\u200cva\u200dle", "midvale"],
    ["a byte order mark in front", "\ufeffMidvale", "midvale"],
    ["a no-break space", "Upland\u00a0Republic", "upland republic"],
    ["a narrow no-break space and a tab", "Upland\u202f\tRepublic", "upland republic"],
    ["spaces around", "  Midvale \n", "midvale"],
    ["case", "MIDVALE Federation", "midvale federation"],
    ["a zero-width space between two spaces", "Upland \u200b Republic", "upland republic"],
  ])("%s", (_difference, name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe("isSameName", () => {
  it.each([
    ["Café", "Cafe\u0301", true],
    ["Upland Republic", "Upland\u00a0\u00a0Republic", true],
    ["Upland", "U\u200bpland", true],
    // Letters that differ are different names, accents included.
    ["Cafe", "Café", false],
    ["Upland", "Uplands", false],
    ["Up land", "Upland", false],
  ])("%j and %j → %s", (a, b, same) => {
    expect(isSameName(a, b)).toBe(same);
  });
});
