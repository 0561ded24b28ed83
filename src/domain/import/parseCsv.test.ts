import { describe, expect, it } from "vitest";
import { detectSeparator, parseCsv } from "./parseCsv";

describe("parseCsv", () => {
  it.each([
    [
      "plain rows",
      "a,b\r\nc,d\r\n",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    [
      "LF line ends and no final newline",
      "a,b\nc,d",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["a byte-order mark", "\uFEFFa,b\n", [["a", "b"]]],
    ["quoted comma", '"x, y",z\n', [["x, y", "z"]]],
    ["doubled quotes", '"say ""no""",z\n', [['say "no"', "z"]]],
    ["a newline inside quotes", '"line 1\r\nline 2",z\n', [["line 1\r\nline 2", "z"]]],
    ["empty fields", ",,\n", [["", "", ""]]],
    ["an empty quoted field", '"",a\n', [["", "a"]]],
    ["nothing", "", []],
  ])("reads %s", (_name, text, rows) => {
    expect(parseCsv(text)).toEqual({ ok: true, value: rows, warnings: [] });
  });

  it("reports an unclosed quote at the line it opened", () => {
    expect(parseCsv('a,b\nc,"never\nclosed')).toMatchObject({
      ok: false,
      problems: [{ path: "line 2, column 2", found: "a quoted field is never closed" }],
    });
  });

  it("reports text after a closing quote", () => {
    expect(parseCsv('"a"b,c')).toMatchObject({
      ok: false,
      problems: [{ path: "line 1, column 1" }],
    });
  });

  it("reads semicolon-separated rows, with commas inside cells left alone", () => {
    expect(parseCsv('a;"b;c";d,e\r\n1;2;3\r\n', ";")).toEqual({
      ok: true,
      value: [
        ["a", "b;c", "d,e"],
        ["1", "2", "3"],
      ],
      warnings: [],
    });
  });
});

describe("detectSeparator", () => {
  it.each([
    ["a comma header", "date,party,issue\r\n", ","],
    ["a semicolon header (European Excel)", "\uFEFFdate;party;issue;summary\r\n1,5;x;y;z\r\n", ";"],
    ["a tab header", "date\tparty\tissue\n", "\t"],
    ["a header whose quoted names hold commas", '"a,b";"c,d";e\n', ";"],
    ["a comment line before the header", "# a;b;c;d\ndate,party\n", ","],
    ["a single column", "date\n2024-01-01\n", ","],
  ])("finds the separator of %s", (_name, text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });
});
