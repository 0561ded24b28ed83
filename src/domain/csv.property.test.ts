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
  fc.constantFrom(
    "=1+1",
    '=HYPERLINK("http://evil.example","x")',
    "@SUM(A1)",
    "-2",
    "+33 1 23",
    "Upland;=1+1;",
    "x;=cmd|' /C calc'!A0;",
    "a\t=2+3",
    'b;"=1',
    "c;'=1",
  ),
);
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 });

// The raw cells a spreadsheet sees when it splits on `separator` and on line ends. With
// `honoursQuotes`, a quote anywhere toggles quoting (a lenient reader); without, quotes are
// ignored altogether, as Excel and LibreOffice do with a quote that stands mid-field once they
// split on ";" or tab (LibreOffice 7.4 ran `=1+1` from `"Upland;=1+1;"` that way).
function splitCells(csv: string, separator: string, honoursQuotes: boolean): string[] {
  const cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  for (const char of csv) {
    if (honoursQuotes && char === '"') inQuotes = !inQuotes;
    if (!inQuotes && (char === separator || char === "\r" || char === "\n")) {
      cells.push(cell);
      cell = "";
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

// A cell a spreadsheet would run: a formula lead first, once any quote marks it takes as the
// cell's opening quote are passed.
const runsAsFormula = (raw: string) =>
  FORMULA_LEADS.some((lead) => raw.replace(/^"+/, "").startsWith(lead));

// Undoes the writer's escape as the model of it: one single quote comes away where a cell may
// start (field start, or after , ; tab CR LF, past quote marks) before more quotes and a lead.
// Written from the rule in SECURITY.md, not taken from the writer.
function unescapeModel(value: string): string {
  let out = "";
  let i = 0;
  let atCellStart = true;
  while (i < value.length) {
    if (atCellStart) {
      let j = i;
      while (value[j] === '"') j++;
      let k = j;
      while (value[k] === "'") k++;
      if (k > j && FORMULA_LEADS.includes(value[k] ?? "")) {
        out += value.slice(i, j) + value.slice(j + 1, k);
        i = k;
      }
    }
    const char = value[i];
    if (char === undefined) break;
    out += char;
    atCellStart = ",;\t\r\n".includes(char);
    i++;
  }
  return out;
}

// Generous: hundreds of generated cases can be slow on a busy CI machine.
describe("writeCsv output", { timeout: 30_000 }, () => {
  it("reads back, cell for cell, and exactly once the escape is undone (reference reader)", () => {
    fc.assert(
      fc.property(rows, (cells) => {
        const csv = writeCsv(cells);
        expect(csv.startsWith("\uFEFF")).toBe(true);
        expect(readRfc4180(csv.slice(1)).map((row) => row.map(unescapeModel))).toEqual(cells);
      }),
      { numRuns: 300 },
    );
  });

  it("no cell read back starts a formula", () => {
    fc.assert(
      fc.property(rows, (cells) => {
        for (const row of readRfc4180(writeCsv(cells).slice(1)))
          for (const value of row) expect(runsAsFormula(value)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [";", false],
    ["\t", false],
    [",", false],
    [";", true],
    ["\t", true],
  ])(
    "a reader splitting on %j (honouring quotes: %s) sees no formula either",
    (separator, honours) => {
      fc.assert(
        fc.property(rows, (cells) => {
          for (const raw of splitCells(writeCsv(cells).slice(1), separator, honours))
            expect(runsAsFormula(raw), JSON.stringify(raw)).toBe(false);
        }),
        { numRuns: 200 },
      );
    },
  );

  it("the app's own reader gives every cell back exactly", () => {
    fc.assert(
      fc.property(rows, (cells) => {
        const read = parseCsv(writeCsv(cells));
        expect(read.ok).toBe(true);
        // parseCsv drops the final empty record after the last CRLF, as readers do.
        if (read.ok) expect(read.value).toEqual(cells.filter((row) => row.length > 0));
      }),
      { numRuns: 300 },
    );
  });

  it("the reference reader rejects what RFC 4180 forbids", () => {
    expect(() => readRfc4180('a"b,c\r\n')).toThrow();
    expect(() => readRfc4180("a,b")).toThrow();
    expect(() => readRfc4180('"a"b\r\n')).toThrow();
    expect(readRfc4180('"a,""b""",c\r\n\r\n')).toEqual([['a,"b"', "c"], [""]]);
  });
});
