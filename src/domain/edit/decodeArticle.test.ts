import { describe, expect, it } from "vitest";
import { decodeArticle } from "./decodeArticle";

const LATIN_1_NOTE = "Read as Western European (windows-1252): it is not valid UTF-8.";

describe("decodeArticle", () => {
  it("reads UTF-8 as UTF-8, without a note", () => {
    // "Café naïve" in UTF-8: é is C3 A9, ï is C3 AF.
    const bytes = new Uint8Array([
      0x43, 0x61, 0x66, 0xc3, 0xa9, 0x20, 0x6e, 0x61, 0xc3, 0xaf, 0x76, 0x65,
    ]);
    expect(decodeArticle(bytes)).toEqual({ text: "Café naïve", encoding: "utf-8", note: "" });
  });

  it("reads Latin-1 bytes as windows-1252 and says so", () => {
    // "Café naïve" in Latin-1: é is E9, ï is EF, one byte each.
    const bytes = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x61, 0xef, 0x76, 0x65]);
    expect(decodeArticle(bytes)).toEqual({
      text: "Café naïve",
      encoding: "windows-1252",
      note: LATIN_1_NOTE,
    });
  });

  it("reads windows-1252's own quotation marks and dashes", () => {
    // 93 and 94 are “ and ”, 96 is –, 80 is €, in windows-1252 (not in ISO-8859-1).
    const bytes = new Uint8Array([0x93, 0x4e, 0x6f, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80]);
    expect(decodeArticle(bytes).text).toBe("“No” – 5€");
  });

  it("drops a UTF-8 byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x4f, 0x6b]);
    expect(decodeArticle(bytes)).toEqual({ text: "Ok", encoding: "utf-8", note: "" });
  });

  it("reads UTF-16 with a byte order mark, both byte orders", () => {
    // "Dé": D is 0044, é is 00E9.
    expect(decodeArticle(new Uint8Array([0xff, 0xfe, 0x44, 0x00, 0xe9, 0x00]))).toEqual({
      text: "Dé",
      encoding: "utf-16le",
      note: "Read as UTF-16 (little-endian), as its first bytes say.",
    });
    expect(decodeArticle(new Uint8Array([0xfe, 0xff, 0x00, 0x44, 0x00, 0xe9])).text).toBe("Dé");
  });

  it("takes a UTF-8 file cut inside a character as not UTF-8", () => {
    // "é" cut after its first byte: C3 alone is not UTF-8; in windows-1252 it is Ã.
    expect(decodeArticle(new Uint8Array([0x61, 0xc3]))).toEqual({
      text: "aÃ",
      encoding: "windows-1252",
      note: LATIN_1_NOTE,
    });
  });

  it("reads an empty file as empty UTF-8", () => {
    expect(decodeArticle(new Uint8Array([]))).toEqual({ text: "", encoding: "utf-8", note: "" });
  });
});
