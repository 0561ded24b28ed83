// Property test: whatever the cells, the CSV writer's output is strict RFC 4180 that a reader
// gives back cell for cell, and no cell reaches a spreadsheet as a formula.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeCsv } from "./csv";
import { parseCsv } from "./import/parseCsv";

// A reference reader written from RFC 4180's grammar alone, sharing nothing with the writer or
// with src/domain/import/parseCsv.ts: a field is "…" (quotes doubled inside) or runs of anything
// but quote, comma, CR and LF; fields end with "," and records with CRLF. Anything else throws.
function readRfc4180(text: string): string[][] {
  const field = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n)/y;
  const rows: string[][] = [];
  let row: string[] = [];
  let at = 0;
  while (at < text.length) {
    field.lastIndex = at;
    const match = field.exec(text);
    if (!match) throw new Error(`not RFC 4180 at offset ${at}: ${JSON.stringify(text.slice(at))}`);
    row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : (match[2] ?? ""));
    if (match[3] === "\r\n") {
      rows.push(row);
      row = [];
    }
    at = field.lastIndex;
  }
  if (row.length > 0) throw new Error("the last record has no CRLF");
  return rows;
}

// Excel, LibreOffice and Google Sheets run a cell starting with these as a formula (OWASP,
// "CSV Injection"); listed here on their own rather than taken from the writer.
const FORMULA_LEADS = ["=", "+", "-", "@", "\t", "\r"];

const tricky = fc.constantFrom(
  '"',
  ",",
  ";",
  "\r",
  "\n",
  "\r\n",
  "'",
  " ",
  "a",
  "é",
  ...FORMULA_LEADS,
);
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join("")),
  fc.constantFrom("=1+1", '=HYPERLINK("http://evil.example","x")', "@SUM(A1)", "-2", "+33 1 23"),
);
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 });

// What a spreadsheet should show for a cell: itself, or itself behind a quote if it would run.
const shown = (value: string) =>
  FORMULA_LEADS.some((lead) => value.startsWith(lead)) ? `'${value}` : value;

// Generous: hundreds of generated cases can be slow on a busy CI machine.
// The raw cells a spreadsheet sees when it splits on ";" (and on line ends) outside quotes, as
// Excel does in locales whose decimal mark is a comma: each cell as written, quotes kept.
function splitOnSemicolons(csv: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  for (const char of csv) {
    if (char === '"') inQuotes = !inQuotes;
    if (!inQuotes && (char === ";" || char === "\r" || char === "\n")) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

describe("writeCsv output", { timeout: 30_000 }, () => {
  it("reads back, cell for cell, with formulas neutralised (reference reader)", () => {
    fc.assert(
      fc.property(rows, (cells) => {
        const csv = writeCsv(cells);
        expect(csv.startsWith("\uFEFF")).toBe(true);
        expect(readRfc4180(csv.slice(1))).toEqual(cells.map((row) => row.map(shown)));
      }),
      { numRuns: 300 },
    );
  });

  it("no cell read back starts a formula", () => {
    fc.assert(
      fc.property(rows, (cells) => {
        for (const row of readRfc4180(writeCsv(cells).slice(1)))
          for (const value of row)
            expect(FORMULA_LEADS.some((lead) => value.startsWith(lead))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("a reader splitting on semicolons (Excel in much of Europe) sees no formula either", () => {
    fc.assert(
      fc.property(rows, (cells) => {
        for (const raw of splitOnSemicolons(writeCsv(cells).slice(1)))
          expect(FORMULA_LEADS.some((lead) => raw.replace(/^"/, "").startsWith(lead))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("the app's own CSV reader agrees with the reference reader", () => {
    fc.assert(
      fc.property(rows, (cells) => {
        const csv = writeCsv(cells);
        const read = parseCsv(csv);
        expect(read.ok).toBe(true);
        // parseCsv drops the final empty record after the last CRLF, as readers do.
        if (read.ok) expect(read.value).toEqual(readRfc4180(csv.slice(1)));
      }),
      { numRuns: 200 },
    );
  });

  it("the reference reader rejects what RFC 4180 forbids", () => {
    expect(() => readRfc4180('a"b,c\r\n')).toThrow();
    expect(() => readRfc4180("a,b")).toThrow();
    expect(() => readRfc4180('"a"b\r\n')).toThrow();
    expect(readRfc4180('"a,""b""",c\r\n\r\n')).toEqual([['a,"b"', "c"], [""]]);
  });
});
