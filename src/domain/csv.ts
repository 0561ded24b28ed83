// RFC 4180 CSV writing, hardened against spreadsheet formula injection.

// Excel reads CSV as ANSI unless it starts with a BOM; accented names break without it.
const BOM = "\uFEFF";
// RFC 4180 ends records with CRLF, and Excel on Windows expects it.
const LINE_END = "\r\n";
// OWASP "CSV Injection": a cell starting with one of these is run as a formula by Excel,
// LibreOffice and Google Sheets. A single quote before it makes them show it as text.
//
// "Starting" is not only the field's start. A spreadsheet set to split on ";" (Excel and
// LibreOffice in much of Europe) or on tab does not honour a quote that stands mid-field: it
// reads `s1,"Upland;=1+1;"` as `s1,"Upland` | `=1+1` | `"`, and runs the middle cell. So a
// place where any reader may begin a cell (the field's start, or just after a comma,
// semicolon, tab, CR or LF, past any quote marks it takes as the cell's opening quote) gets
// the quote when a formula lead follows. To keep the file re-importable exactly, the quote is
// also added where quotes are already there (`'=` becomes `''=`), and readFormulaSafeCell
// takes exactly one away, so escaping is a bijection (SECURITY.md, "CSV injection").
const RISKY_CELL_START = /(?<=^|[,;\t\r\n])("*)('*[=+\-@\t\r])/g;
const ESCAPED_CELL_START = /(?<=^|[,;\t\r\n])("*)'('*[=+\-@\t\r])/g;
// The same places, found without rewriting: most fields that hold a comma ("Kyiv, Ukraine")
// have no lead after it, and a test is far cheaper than a replace (a 100k-statement export
// took twice as long when every such field went through the replace).
const HAS_RISKY_CELL_START = /(?:^|[,;\t\r\n])"*'*[=+\-@\t\r]/;
// Quoted per RFC 4180 when it holds a quote, a line break or any reader's separator, so a
// reader that honours quotes keeps the field whole whichever separator it splits on.
const NEEDS_QUOTES = /[",;\t\r\n]/;
// Most cells (dates, names, ids) hold no separator and start with a letter or digit; one test
// lets them through untouched (a hyphen inside "2024-06-14" starts no cell).
const NEEDS_CARE = /^["']*[=+\-@\t\r]|[",;\t\r\n]/;

// Returns the text with a single quote before every formula lead a spreadsheet could see at
// the start of a cell, whatever separator it splits on.
export function formulaSafeCell(value: string): string {
  return HAS_RISKY_CELL_START.test(value) ? value.replace(RISKY_CELL_START, "$1'$2") : value;
}

// Undoes formulaSafeCell: readFormulaSafeCell(formulaSafeCell(x)) === x for every string.
export function readFormulaSafeCell(value: string): string {
  return value.includes("'") ? value.replace(ESCAPED_CELL_START, "$1$2") : value;
}

// Returns one CSV field: neutralised wherever it could be read as a formula, then quoted (with
// inner quotes doubled) if it holds a quote, a line break, a comma, a semicolon or a tab.
export function writeCsvField(value: string): string {
  if (!NEEDS_CARE.test(value)) return value;
  const safe = formulaSafeCell(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// Returns the rows as a CSV document: BOM first, CRLF after every record (the last too,
// as RFC 4180 allows, so appending files keeps records apart).
export function writeCsv(rows: readonly (readonly string[])[]): string {
  let csv = BOM;
  for (const row of rows) csv += row.map(writeCsvField).join(",") + LINE_END;
  return csv;
}

// One column of a table written by writeCsvParts.
export interface CsvCell<T> {
  // The cell's text for a record, before escaping.
  text(record: T): string;
  // Optional: records with the same key have the same text (e.g. a party id for the party's
  // name), so the escaped text is computed once per key and reused.
  key?(record: T): unknown;
}

// Records per part. Each record is built with += (a rope of young pieces) and the records of
// one part are joined at once, so the ropes are flattened before the garbage collector has
// to promote millions of small strings to the old generation; measured at 100k records, this
// halves the cost of joining every field into one array.
const PART_RECORDS = 1024;

// Returns the document of writeCsv([header, ...records.map(cells)]) as parts, for
// `new Blob(parts)`: joining them into one 40-million-character string would copy it all
// again. The BOM is a part of its own: U+FEFF cannot be stored in a one-byte string, so
// joined to the text it would make V8 store the whole document at two bytes a character.
export function writeCsvParts<T>(
  header: readonly string[],
  records: readonly T[],
  cells: readonly CsvCell<T>[],
): string[] {
  const parts = [BOM, header.map(writeCsvField).join(",") + LINE_END];
  const escapedByKey = cells.map(() => new Map<unknown, string>());
  let lines: string[] = [];
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as T;
    let line = "";
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as CsvCell<T>;
      if (c > 0) line += ",";
      if (cell.key === undefined) {
        line += writeCsvField(cell.text(record));
        continue;
      }
      const escaped = escapedByKey[c] as Map<unknown, string>;
      const key = cell.key(record);
      let field = escaped.get(key);
      if (field === undefined) {
        field = writeCsvField(cell.text(record));
        escaped.set(key, field);
      }
      line += field;
    }
    lines.push(line + LINE_END);
    if (lines.length === PART_RECORDS) {
      parts.push(lines.join(""));
      lines = [];
    }
  }
  if (lines.length > 0) parts.push(lines.join(""));
  return parts;
}

// Returns writeCsvParts as one string, for callers that need the text itself.
export function writeCsvTable<T>(
  header: readonly string[],
  records: readonly T[],
  cells: readonly ((record: T) => string)[],
): string {
  return writeCsvParts(
    header,
    records,
    cells.map((text) => ({ text })),
  ).join("");
}
