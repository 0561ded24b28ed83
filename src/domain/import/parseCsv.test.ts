import { describe, expect, it } from "vitest";
import { parseCsv } from "./parseCsv";

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
    expect(parseCsv(text)).toEqual({ ok: true, rows });
  });

  it("reports an unclosed quote at the line it opened", () => {
    expect(parseCsv('a,b\nc,"never\nclosed')).toMatchObject({ ok: false, line: 2, column: 2 });
  });

  it("reports text after a closing quote", () => {
    expect(parseCsv('"a"b,c')).toMatchObject({ ok: false, line: 1, column: 1 });
  });
});
