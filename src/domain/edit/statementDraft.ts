// A statement as the coding form holds it (every field a string, "" for none) and back. The
// verbatim rule is checked here, before the validator: a quote whose source has text must
// stand in it.
import type { DateBasis, DatePrecision, Firmness, Source, Statement } from "../schema";
import { findQuote } from "./quoteCheck";

export interface StatementDraft {
  partyId: string;
  speakerName: string;
  speakerRole: string;
  issueId: string;
  stanceId: string; // "" = no clear stance
  firmness: "" | Firmness;
  acceptableFrom: string;
  acceptableTo: string;
  date: string;
  datePrecision: DatePrecision;
  dateBasis: DateBasis;
  dateNote: string;
  summary: string;
  quote: string;
  quoteKind: "direct" | "reported";
  conditions: string;
  reportedByName: string;
  reportedByRole: string;
}

const orNull = (text: string): string | null => (text.trim() === "" ? null : text.trim());

export function draftFromStatement(statement: Statement): StatementDraft {
  return {
    partyId: statement.partyId,
    speakerName: statement.speaker.name,
    speakerRole: statement.speaker.role,
    issueId: statement.issueId,
    stanceId: statement.stanceId ?? "",
    firmness: statement.firmness ?? "",
    acceptableFrom: statement.acceptable?.from ?? "",
    acceptableTo: statement.acceptable?.to ?? "",
    date: statement.date,
    datePrecision: statement.datePrecision,
    dateBasis: statement.dateBasis ?? "stated",
    dateNote: statement.dateNote ?? "",
    summary: statement.summary,
    quote: statement.quote ?? "",
    quoteKind: statement.quoteKind,
    conditions: statement.conditions ?? "",
    reportedByName: statement.reportedBy?.name ?? "",
    reportedByRole: statement.reportedBy?.role ?? "",
  };
}

export type DraftResult = { ok: true; statement: Statement } | { ok: false; reason: string };

// The statement the draft describes, or why it cannot be saved. `base` keeps the fields the
// form does not show (alsoIn, conditionLinks) of a statement being edited; `picked` is where a
// new quote was selected, so a passage that stands twice keeps the occurrence the coder chose.
export function statementFromDraft(
  draft: StatementDraft,
  id: string,
  source: Source,
  base?: Statement,
  picked?: { start?: number | undefined; end?: number | undefined },
): DraftResult {
  let quote = orNull(draft.quote);
  let place: { start: number; end: number } | null = null;
  if (quote !== null && typeof source.text === "string" && source.text !== "") {
    const hint =
      base?.quote === quote
        ? { start: base.quoteStart, end: base.quoteEnd }
        : (picked ?? undefined);
    const found = findQuote(source.text, quote, hint);
    if (!found.ok) return { ok: false, reason: found.reason };
    place = found;
    // Kept as the article has it (its line breaks and spaces), so the offsets hold it exactly.
    quote = source.text.slice(found.start, found.end);
  }
  const isAcceptable = draft.acceptableFrom !== "" || draft.acceptableTo !== "";
  const reporter = orNull(draft.reportedByName);
  const statement: Statement = {
    ...(base ?? {}),
    id,
    date: draft.date,
    datePrecision: draft.datePrecision,
    dateNote: orNull(draft.dateNote),
    partyId: draft.partyId,
    speaker: { name: draft.speakerName.trim(), role: draft.speakerRole.trim() },
    reportedBy: reporter === null ? null : { name: reporter, role: draft.reportedByRole.trim() },
    issueId: draft.issueId,
    stanceId: draft.stanceId === "" ? null : draft.stanceId,
    summary: draft.summary.trim(),
    quote,
    quoteKind: draft.quoteKind,
    conditions: orNull(draft.conditions),
    sourceId: source.id,
    firmness: draft.firmness === "" ? null : draft.firmness,
    acceptable: isAcceptable ? { from: draft.acceptableFrom, to: draft.acceptableTo } : null,
    dateBasis: draft.dateBasis,
  };
  delete statement.quoteStart;
  delete statement.quoteEnd;
  if (place) {
    statement.quoteStart = place.start;
    statement.quoteEnd = place.end;
  }
  return { ok: true, statement };
}
