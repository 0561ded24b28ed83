// A briefing (issue 22): what an analyst hands on about the matrix as shown, in plain words
// already chosen by the views (the matrix's and the deal space's own texts), so the printable
// page and the Markdown file are two renderings of one value and cannot disagree.

export interface Citation {
  outlet: string;
  // The headline as the copy shows it ("Untitled" when it shows none).
  headline: string;
  // "8 November 2024", or "undated".
  date: string;
  // http(s) only, as the dataset has it; null when the dataset has none.
  url: string | null;
}

export interface BriefingQuote {
  // "Upland Republic on Water allocation".
  cell: string;
  // The cell's stance in the matrix's words ("Mixed formula (4 of 6), per J.D. Vance").
  stance: string;
  // Whose words the stance rests on: "Own statement" or "Another party's account, per <name>".
  provenance: string;
  // "Held since 12 June 2025 · last stated 20 June 2025", differing accounts: the cell's notes.
  notes: string[];
  // "Ana Velt, Foreign minister".
  speaker: string;
  // The statement's date at its precision.
  date: string;
  // The verbatim quote, or null when the dataset has only a summary.
  quote: string | null;
  summary: string;
  citation: Citation;
}

export interface BriefingTable {
  corner: string;
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

export interface Briefing {
  title: string;
  // "Russia–Ukraine talks, 2024–2025 v2.0.0".
  dataset: string;
  // "As of 21 August 2025 · compared with 1 May 2025".
  dateLine: string;
  filterLines: string[];
  sourceLine: string;
  link: string;
  // The matrix as shown, each cell in the CSV's words.
  matrix: BriefingTable;
  // What changed since the compare date, each with its direction; null without a compare date.
  changes: { heading: string; lines: string[] } | null;
  // The deal space in its own words: the headline, then one line per issue and the alerts.
  deal: { headline: string; lines: string[]; alerts: string[] } | null;
  // One per cell with a statement, in the matrix's order.
  quotes: BriefingQuote[];
}
