// The form's first values for a new statement: the quote and its place from the reader, and
// the date the resolver proposes from the words near it (or the article's date, said so).
import { type DateProposal, proposeDate } from "../../domain/edit/resolveDate";
import type { StatementDraft } from "../../domain/edit/statementDraft";
import type { Dataset, Source } from "../../domain/schema";
import type { StatementDraftTarget } from "../../state/editSlice";

export function initialDraft(
  dataset: Dataset,
  source: Source,
  target: StatementDraftTarget,
): { draft: StatementDraft; proposal: DateProposal | null } {
  const text = source.text ?? "";
  const proposal =
    target.quoteStart !== undefined && target.quoteEnd !== undefined
      ? proposeDate(text, target.quoteStart, target.quoteEnd, source.published)
      : null;
  const today = new Date().toISOString().slice(0, 10);
  const draft: StatementDraft = {
    partyId: dataset.parties[0]?.id ?? "",
    speakerName: "",
    speakerRole: "",
    issueId: dataset.issues[0]?.id ?? "",
    stanceId: "",
    firmness: "",
    acceptableFrom: "",
    acceptableTo: "",
    date: proposal?.date ?? source.published ?? today,
    datePrecision: proposal?.datePrecision ?? "day",
    dateBasis: "stated",
    dateNote: proposal?.dateNote ?? "",
    summary: "",
    quote: target.quote ?? "",
    quoteKind: "direct",
    conditions: "",
    reportedByName: "",
    reportedByRole: "",
  };
  return { draft, proposal };
}
