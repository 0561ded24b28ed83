// RFC 4180 CSV writing, hardened against spreadsheet formula injection.

// Excel reads CSV as ANSI unless it starts with a BOM; accented names break without it.
const BOM = "\uFEFF";
// RFC 4180 ends records with CRLF, and Excel on Windows expects it.
const LINE_END = "\r\n";
// OWASP "CSV Injection": a cell starting with one of these is run as a formula by Excel,
// LibreOffice and Google Sheets. A leading single quote makes them show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

// Returns one CSV field: neutralised if it could be read as a formula, then quoted (with
// inner quotes doubled) if it holds a comma, quote, CR or LF.
export function writeCsvField(value: string): string {
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
