// An RFC 4180 CSV reader: quoted fields may hold the separator, doubled quotes, CR and LF.
// Returns rows of cells, or the first structural problem with its line and column. A quote
// that Parley's writer put before a formula lead (formulaSafeCell) is taken away again, so a
// file Parley wrote reads back exactly; in a file from elsewhere, `'=x` is read as `=x`, as a
// spreadsheet shows it.
//
// Kept rather than replaced by papaparse: the separator is found from the header row, whose
// names Parley knows (detectSeparator), which is surer than a statistical guess over sample
// rows; the reader reports the exact line and column of a broken quote; and it is 90 lines with
// a property test against a reference reader, where papaparse would add a dependency.
import { readFormulaSafeCell } from "../csv";
import { fail, type Result, succeed } from "../result";

export type CsvSeparator = "," | ";" | "\t";
export type CsvReadResult = Result<string[][]>;

const SEPARATORS: readonly CsvSeparator[] = [",", ";", "\t"];

// The separator of the first line that is not a comment: whichever of comma, semicolon
// (Excel's choice where the decimal mark is a comma) or tab it holds most of outside quotes.
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>();
  let inQuotes = false;
  let lineStart = true;
  let isComment = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (lineStart && char !== "\uFEFF") {
      isComment = char === "#";
      lineStart = false;
    }
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === "\n" || char === "\r")) {
      if (!isComment && counts.size > 0) break;
      counts.clear();
      lineStart = true;
    } else if (!inQuotes && !isComment && SEPARATORS.includes(char as CsvSeparator))
      counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvSeparator = ",";
  for (const separator of SEPARATORS)
    if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

const structural = (line: number, column: number, message: string) =>
  fail([{ path: `line ${line}, column ${column}`, expected: "well-formed CSV", found: message }]);

export function parseCsv(text: string, separator: CsvSeparator = ","): CsvReadResult {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let line = 1;
  let quoteStartLine = 1;
  let i = 0;
  while (i < input.length) {
    const char = input[i];
    if (inQuotes) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        i += 1;
        const next = input[i];
        if (next !== undefined && next !== separator && next !== "\n" && next !== "\r")
          return structural(
            line,
            row.length + 1,
            "a closing quote must end the field (a quote inside a field is written twice)",
          );
        continue;
      }
      if (char === "\n") line += 1;
      field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === "") {
      inQuotes = true;
      quoteStartLine = line;
      i += 1;
    } else if (char === separator) {
      row.push(readFormulaSafeCell(field));
      field = "";
      i += 1;
    } else if (char === "\r" || char === "\n") {
      row.push(readFormulaSafeCell(field));
      rows.push(row);
      row = [];
      field = "";
      i += char === "\r" && input[i + 1] === "\n" ? 2 : 1;
      line += 1;
    } else {
      field += char;
      i += 1;
    }
  }
  if (inQuotes) return structural(quoteStartLine, row.length + 1, "a quoted field is never closed");
  if (field !== "" || row.length > 0) {
    row.push(readFormulaSafeCell(field));
    rows.push(row);
  }
  return succeed(rows);
}
