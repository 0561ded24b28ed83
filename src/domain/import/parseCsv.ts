// An RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes, CR and LF.
// Returns rows of cells, or the first structural problem with its line and column.

export type CsvReadResult =
  | { ok: true; rows: string[][] }
  | { ok: false; line: number; column: number; message: string };

export function parseCsv(text: string): CsvReadResult {
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
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r")
          return {
            ok: false,
            line,
            column: row.length + 1,
            message: "a closing quote must end the field (a quote inside a field is written twice)",
          };
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
    } else if (char === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (char === "\r" || char === "\n") {
      row.push(field);
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
  if (inQuotes)
    return {
      ok: false,
      line: quoteStartLine,
      column: row.length + 1,
      message: "a quoted field is never closed",
    };
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}
