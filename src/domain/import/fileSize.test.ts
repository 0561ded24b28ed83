import { describe, expect, it } from "vitest";
import { sizeRefusal } from "./fileSize";

describe("sizeRefusal", () => {
  it.each([
    ["a dataset at the limit", "d.json", 48_000_000, "dataset", null],
    [
      "a dataset one byte over",
      "d.json",
      48_000_001,
      "dataset",
      "d.json is 48.000001 MB, over the limit: Parley opens files of up to 48 MB (48,000,000 bytes).",
    ],
    ["an article at the limit", "a.txt", 4_000_000, "article", null],
    [
      "an article one byte over",
      "a.txt",
      4_000_001,
      "article",
      "a.txt is 4.000001 MB, over the limit: Parley reads article files of up to 4 MB (4,000,000 bytes).",
    ],
    [
      "a 120 MB article",
      "big.txt",
      120_000_000,
      "article",
      "big.txt is 120.0 MB, over the limit: Parley reads article files of up to 4 MB (4,000,000 bytes).",
    ],
    ["a library at the limit", "l.json", 150_000_000, "library", null],
    [
      "a 213 MB library",
      "l.json",
      213_400_000,
      "library",
      "l.json is 213.4 MB, over the limit: Parley reads library files of up to 150 MB (150,000,000 bytes).",
    ],
  ] as const)("%s", (_name, file, size, kind, expected) => {
    expect(sizeRefusal(file, size, kind)).toBe(expected);
  });
});
