import { describe, expect, it } from "vitest";
import {
  formulaSafeCell,
  readFormulaSafeCell,
  writeCsv,
  writeCsvField,
  writeCsvParts,
  writeCsvTable,
} from "./csv";

describe("writeCsvField", () => {
  it.each([
    ["plain text", "Kyiv", "Kyiv"],
    ["empty", "", ""],
    ["comma", "Kyiv, Ukraine", '"Kyiv, Ukraine"'],
    ["double quote", 'He said "no"', '"He said ""no"""'],
    ["line feed", "one\ntwo", '"one\ntwo"'],
    ["carriage return inside", "one\rtwo", '"one\rtwo"'],
    ["CRLF inside", "one\r\ntwo", '"one\r\ntwo"'],
    ["accents untouched", "Çavuşoğlu", "Çavuşoğlu"],
    ["a quote char alone", '"', '""""'],
    ["semicolon (European Excel's separator)", "a;b", '"a;b"'],
    ["tab inside (a tab-splitting reader's separator)", "a\tb", '"a\tb"'],
  ])("quotes per RFC 4180: %s", (_name, value, expected) => {
    expect(writeCsvField(value)).toBe(expected);
  });

  it.each([
    ["equals", "=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["plus", "+7 495", "'+7 495"],
    ["minus", "-1", "'-1"],
    ["at", "@user", "'@user"],
    ["tab", "\tx", '"\'\tx"'],
    ["leading CR is prefixed, then quoted", "\rx", '"\'\rx"'],
    ["formula with comma is prefixed, then quoted", "=A1,B1", '"\'=A1,B1"'],
    ["formula with quote", '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ["sign inside is left alone", "a=b", "a=b"],
    ["hyphenated date is left alone", "2024-06-14", "2024-06-14"],
    // A spreadsheet splitting on ";" or tab begins a cell mid-field, where the quote is not honoured.
    ["formula after a semicolon", "Upland;=1+1;", '"Upland;\'=1+1;"'],
    ["DDE payload after a semicolon", "x;=cmd|' /C calc'!A0;", "\"x;'=cmd|' /C calc'!A0;\""],
    ["formula after a tab", "a\t@SUM(A1)", '"a\t\'@SUM(A1)"'],
    ["formula after a comma", "a,+1", '"a,\'+1"'],
    ["formula on a new line", "one\n-2", '"one\n\'-2"'],
    ["formula behind a quote mark after a semicolon", 'b;"=1', '"b;""\'=1"'],
    ["a tab lead after a semicolon, then a formula after that tab", "a;\t=1", "\"a;'\t'=1\""],
    ["a quote before a lead gets one more, to read back exactly", "'=1", "''=1"],
    ["a quote before a lead after a semicolon too", "c;'=1", "\"c;''=1\""],
    ["a quote before text is left alone", "'tis", "'tis"],
    ["a minus inside a word is left alone", "so-called", "so-called"],
  ])("neutralises formulas: %s", (_name, value, expected) => {
    expect(writeCsvField(value)).toBe(expected);
  });
});

describe("readFormulaSafeCell", () => {
  it.each([
    ["'=1", "=1"],
    ["''=1", "'=1"],
    ["Upland;'=1+1;", "Upland;=1+1;"],
    ["a;'\t'=1", "a;\t=1"],
    ["'tis", "'tis"],
    ["it's -2", "it's -2"],
  ])("reads %j as %j", (written, text) => {
    expect(readFormulaSafeCell(written)).toBe(text);
    expect(formulaSafeCell(text)).toBe(written);
  });
});

describe("writeCsv", () => {
  it.each([
    ["no rows: only the BOM", [], "\uFEFF"],
    ["one row", [["a", "b"]], "\uFEFFa,b\r\n"],
    [
      "two rows with CRLF after each",
      [
        ["date", "party"],
        ["2024-06-14", "Russia"],
      ],
      "\uFEFFdate,party\r\n2024-06-14,Russia\r\n",
    ],
    ["empty fields keep their commas", [["", "x", ""]], "\uFEFF,x,\r\n"],
    ["mixed quoting in one row", [["a,b", "c", '"d"']], '\uFEFF"a,b",c,"""d"""\r\n'],
  ])("%s", (_name, rows, expected) => {
    expect(writeCsv(rows)).toBe(expected);
  });

  it("starts with a UTF-8 byte order mark", () => {
    const bytes = new TextEncoder().encode(writeCsv([["x"]]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("writeCsvTable", () => {
  const records = [
    { name: "Kyiv, Ukraine", note: 'He said "no"' },
    { name: "=cmd", note: "one\ntwo" },
  ];
  const cells = [(r: (typeof records)[0]) => r.name, (r: (typeof records)[0]) => r.note];

  it("writes what writeCsv writes for the header and the mapped rows", () => {
    expect(writeCsvTable(["Name", "Note"], records, cells)).toBe(
      writeCsv([["Name", "Note"], ...records.map((r) => cells.map((cell) => cell(r)))]),
    );
  });

  it("writes only the BOM and header for no records", () => {
    expect(writeCsvTable(["Name"], [], [cells[0] as (r: (typeof records)[0]) => string])).toBe(
      "\uFEFFName\r\n",
    );
  });
});

describe("writeCsvTable across chunks", () => {
  it("keeps every record, in order, past the chunk boundary", () => {
    const numbers = Array.from({ length: 2_500 }, (_, i) => i);
    const csv = writeCsvTable(["n"], numbers, [(n) => String(n)]);
    expect(csv).toBe(`\uFEFFn\r\n${numbers.map((n) => `${n}\r\n`).join("")}`);
  });
});

describe("writeCsvParts", () => {
  const records = [
    { id: "a", name: "=cmd, then" },
    { id: "b", name: "Kyiv" },
    { id: "a", name: "=cmd, then" },
  ];

  it("keeps the BOM a part of its own, so the text can stay one byte a character", () => {
    const parts = writeCsvParts(["n"], records, [{ text: (r) => r.name }]);
    expect(parts[0]).toBe("\uFEFF");
    expect(parts.slice(1).join("")).not.toContain("\uFEFF");
  });

  it("writes a keyed cell as it writes the same cell without a key", () => {
    const keyed = writeCsvParts(["Name"], records, [{ text: (r) => r.name, key: (r) => r.id }]);
    expect(keyed.join("")).toBe(writeCsvTable(["Name"], records, [(r) => r.name]));
  });

  it("reads a keyed cell's text once per key", () => {
    const asked: string[] = [];
    const text = (r: (typeof records)[0]) => {
      asked.push(r.id);
      return r.name;
    };
    writeCsvParts(["Name"], records, [{ text, key: (r) => r.id }]);
    expect(asked).toEqual(["a", "b"]);
  });
});
