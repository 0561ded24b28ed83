// Builders that fill in the fields a fixture does not care about, so each fixture shows only
// what it is about.
import type { Dataset, Issue, Party, Statement } from "../schema";

type StatementFields = Pick<Statement, "id" | "date" | "partyId" | "issueId" | "stanceId"> &
  Partial<Statement>;

export function makeStatement(fields: StatementFields): Statement {
  return {
    datePrecision: "day",
    dateNote: null,
    speaker: { name: "A spokesperson", role: "Spokesperson" },
    summary: `Statement ${fields.id}.`,
    quote: null,
    quoteKind: "direct",
    conditions: null,
    sourceId: "source-1",
    ...fields,
  };
}

export function makeIssue(id: string, stanceIds: readonly string[]): Issue {
  return {
    id,
    name: `Issue ${id}`,
    description: "",
    stances: stanceIds.map((stanceId) => ({ id: stanceId, label: stanceId, description: "" })),
  };
}

export function makeParty(id: string): Party {
  return { id, name: `Party ${id}`, shortName: id.toUpperCase() };
}

export function makeDataset(
  id: string,
  parts: Pick<Dataset, "parties" | "issues" | "statements">,
): Dataset {
  return {
    meta: { id, title: id, description: "", updated: "2024-01-01", version: "1" },
    sources: [
      {
        id: "source-1",
        outlet: "Test Wire",
        title: null,
        published: null,
        url: null,
        document: null,
        notes: null,
      },
    ],
    ...parts,
  };
}
