// Starting points for a new negotiation: a statements CSV with its header and one commented
// example row, and a dataset bundle with the parts every dataset needs and no statements.
import { writeCsv } from "../csv";
import type { Dataset } from "../schema";
import { STATEMENT_COLUMNS } from "../statementColumns";

// One example value per column, by the column's CSV name; the header is the names the export
// writes, so a template, an export and a file typed by hand all read the same way.
const EXAMPLE: Record<string, string> = {
  statementId: "s1",
  date: "2025-03-14",
  datePrecision: "day",
  dateNote: "'On Friday' in an article dated 15 March 2025",
  dateBasis: "stated",
  party: "Example party",
  partyId: "example-party",
  speaker: "Jane Doe",
  speakerRole: "Foreign minister",
  reportedBy: "",
  issue: "Example issue",
  issueId: "example-issue",
  stance: "Middle position",
  stanceId: "middle",
  stanceRank: "2 of 3",
  firmness: "demand",
  acceptableFrom: "middle (2 of 3)",
  acceptableTo: "far-end (3 of 3)",
  conditionLinks: "",
  summary: "One sentence in your own words.",
  quote: "The speaker's words, copied exactly.",
  quoteKind: "direct",
  quoteStart: "",
  quoteEnd: "",
  conditions: "",
  source: "Example outlet",
  sourceId: "example-outlet-2025-03-15",
  sourceTitle: "Headline as the outlet shows it",
  sourcePublished: "2025-03-15",
  sourceUrl: "",
  sourceKind: "news",
  alsoIn: "",
};

// Rows whose first cell starts with # are skipped on import, so the example can stay in the file.
export function statementsCsvTemplate(): string {
  const columns = STATEMENT_COLUMNS.filter((column) => column.csvName);
  const example = columns.map((column) => EXAMPLE[column.csvName as string] ?? "");
  example[0] = `# ${example[0]}`;
  return writeCsv([columns.map((column) => column.header), example]);
}

export function emptyDatasetTemplate(today: string): Dataset {
  return {
    meta: {
      id: "my-negotiation",
      title: "My negotiation",
      description: "What the talks are about and where the statements come from.",
      updated: today,
      version: "1",
      scale: { low: "What one side asks for", high: "What the other side asks for" },
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
    events: [],
  };
}
