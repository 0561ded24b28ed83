// Starting points for a new negotiation: a statements CSV with its header and one commented
// example row, and a dataset bundle with the parts every dataset needs and no statements.
import { writeCsv } from "../csv";
import type { Dataset } from "../schema";
import { STATEMENT_CSV_COLUMNS } from "./statementsCsv";

const EXAMPLE: Record<(typeof STATEMENT_CSV_COLUMNS)[number], string> = {
  date: "2025-03-14",
  datePrecision: "day",
  dateNote: "'On Friday' in an article dated 15 March 2025",
  party: "Example party",
  speaker: "Jane Doe",
  speakerRole: "Foreign minister",
  issue: "Example issue",
  stance: "Middle position",
  stanceRank: "2",
  summary: "One sentence in your own words.",
  quote: "The speaker's words, copied exactly.",
  quoteKind: "direct",
  conditions: "",
  source: "Example outlet",
  sourceTitle: "Headline as the outlet shows it",
  sourcePublished: "2025-03-15",
  sourceUrl: "",
};

// Rows whose first cell starts with # are skipped on import, so the example can stay in the file.
export function statementsCsvTemplate(): string {
  const example = STATEMENT_CSV_COLUMNS.map((column) => EXAMPLE[column]);
  example[0] = `# ${example[0]}`;
  return writeCsv([[...STATEMENT_CSV_COLUMNS], example]);
}

export function emptyDatasetTemplate(today: string): Dataset {
  return {
    meta: {
      id: "my-negotiation",
      title: "My negotiation",
      description: "What the talks are about and where the statements come from.",
      updated: today,
      version: "1",
    },
    parties: [{ id: "party-a", name: "Party A", shortName: "A" }],
    issues: [
      {
        id: "issue-1",
        name: "Issue 1",
        description: "What is being negotiated.",
        stances: [
          { id: "one-end", label: "One end of the scale", description: "" },
          { id: "other-end", label: "The other end", description: "" },
        ],
      },
    ],
    sources: [],
    statements: [],
  };
}
