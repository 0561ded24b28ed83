// RFC 4180 CSV writing, hardened against spreadsheet formula injection.

// Excel reads CSV as ANSI unless it starts with a BOM; accented names break without it.
const BOM = "\uFEFF";
// RFC 4180 ends records with CRLF, and Excel on Windows expects it.
const LINE_END = "\r\n";
// OWASP "CSV Injection": a cell starting with one of these is run as a formula by Excel,
// LibreOffice and Google Sheets. A leading single quote makes them show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
// Most cells (dates, names, ids) need neither; one test lets them through untouched.
const NEEDS_CARE = /^[=+\-@\t\r]|[",\r\n]/;

// Returns one CSV field: neutralised if it could be read as a formula, then quoted (with
// inner quotes doubled) if it holds a comma, quote, CR or LF.
export function writeCsvField(value: string): string {
  if (!NEEDS_CARE.test(value)) return value;
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// Returns the rows as a CSV document: BOM first, CRLF after every record (the last too,
// as RFC 4180 allows, so appending files keeps records apart).
export function writeCsv(rows: readonly (readonly string[])[]): string {
  let csv = BOM;
  for (const row of rows) csv += row.map(writeCsvField).join(",") + LINE_END;
  return csv;
}

// Records per chunk: the fields of one chunk are joined while they are still young, so the
// garbage collector never has to promote millions of small strings to the old generation.
const CHUNK_RECORDS = 1024;

// Returns the same document as writeCsv([header, ...records.map(cells)]) without a row array
// per record. At 100k records, row arrays and string concatenation (a tree of millions of
// pieces to flatten) cost more than the writing; joining chunks of fields halves the time.
export function writeCsvTable<T>(
  header: readonly string[],
  records: readonly T[],
  cells: readonly ((record: T) => string)[],
): string {
  const chunks: string[] = [BOM + header.map(writeCsvField).join(",") + LINE_END];
  const last = cells.length - 1;
  let fields: string[] = [];
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as T;
    if (last === -1) fields.push(LINE_END);
    for (let c = 0; c <= last; c++) {
      fields.push(writeCsvField((cells[c] as (record: T) => string)(record)));
      fields.push(c === last ? LINE_END : ",");
    }
    if (r % CHUNK_RECORDS === CHUNK_RECORDS - 1) {
      chunks.push(fields.join(""));
      fields = [];
    }
  }
  chunks.push(fields.join(""));
  return chunks.join("");
}
