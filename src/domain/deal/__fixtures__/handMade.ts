// Small hand-made datasets for the deal-space tests: one issue on a five-stance scale
// (s0 … s4), three parties, statements written out by hand so every answer can be worked out.
import type { Dataset, Statement } from "../../schema";

type Extra = Partial<Omit<Statement, "id" | "date" | "partyId" | "stanceId">>;

let counter = 0;

// Returns a statement by `speaker` of `partyId` on issue "i" at stance `stance` (index or null).
export function said(
  date: string,
  partyId: string,
  stance: number | null,
  extra: Extra = {},
): Statement {
  counter++;
  return {
    id: `st${counter}`,
    date,
    datePrecision: "day",
    dateNote: null,
    partyId,
    speaker: { name: `${partyId}-speaker`, role: "" },
    issueId: "i",
    stanceId: stance === null ? null : `s${stance}`,
    summary: "A hand-made statement.",
    quote: null,
    quoteKind: "direct",
    conditions: null,
    sourceId: "src",
    ...extra,
  };
}

// Returns an acceptable range from stance index `from` to `to`.
export function range(from: number, to: number) {
  return { from: `s${from}`, to: `s${to}` };
}

export function handMadeDataset(statements: Statement[], issueCount = 1): Dataset {
  const stances = [0, 1, 2, 3, 4].map((i) => ({
    id: `s${i}`,
    label: `Stance ${i}`,
    description: "",
  }));
  const issues = [{ id: "i", name: "Issue", description: "", stances }];
  for (let n = 2; n <= issueCount; n++)
    issues.push({ id: `i${n}`, name: `Issue ${n}`, description: "", stances });
  return {
    meta: {
      id: "hand-made",
      title: "Hand-made",
      description: "",
      updated: "2025-12-31",
      version: "1",
    },
    parties: ["p", "q", "r"].map((id) => ({ id, name: id.toUpperCase(), shortName: id })),
    issues,
    sources: [
      {
        id: "src",
        outlet: "Outlet",
        title: null,
        published: null,
        url: null,
        document: null,
        notes: null,
      },
    ],
    statements,
  };
}
