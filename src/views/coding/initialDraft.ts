// The form's first values for a new statement: the quote and its place from the reader, and
// what Parley proposes for it (speaker, party, date, quote kind), each with the words it came
// from. Nothing is filled in from a guess: no party unless proposed, no date without the
// source's published date (never today's).

import type { StatementDraft } from "../../domain/edit/statementDraft";
import { knownSpeakerNamed, knownSpeakers } from "../../domain/propose/partyOf";
import { proposeForSelection } from "../../domain/propose/proposeForSelection";
import type { Proposal } from "../../domain/propose/proposeStatements";
import type { Dataset, Source } from "../../domain/schema";
import type { StatementDraftTarget } from "../../state/editSlice";

// The role the dataset last gave a speaker it knows, so the same person reads the same way.
function knownRole(dataset: Dataset, name: string): string {
  const known = knownSpeakerNamed(knownSpeakers(dataset), name);
  if (!known) return "";
  return (
    dataset.statements.findLast((statement) => statement.speaker.name === known)?.speaker.role ?? ""
  );
}

export function initialDraft(
  dataset: Dataset,
  source: Source,
  target: StatementDraftTarget,
): { draft: StatementDraft; proposal: Proposal | null } {
  const text = source.text ?? "";
  const proposal =
    target.quoteStart !== undefined && target.quoteEnd !== undefined && text !== ""
      ? proposeForSelection(text, target.quoteStart, target.quoteEnd, {
          published: source.published,
          dataset,
        })
      : null;
  const speakerName = proposal?.speaker?.name ?? "";
  const roleCoded = knownRole(dataset, speakerName);
  const draft: StatementDraft = {
    partyId: proposal?.partyId ?? "",
    speakerName,
    speakerRole: roleCoded || (proposal?.speaker?.role ?? ""),
    issueId: dataset.issues[0]?.id ?? "",
    stanceId: "",
    firmness: "",
    acceptableFrom: "",
    acceptableTo: "",
    date: proposal ? (proposal.date ?? "") : (source.published ?? ""),
    datePrecision: proposal?.datePrecision ?? "day",
    dateBasis: proposal?.dateBasis ?? "stated",
    dateNote: proposal?.date ? proposal.dateNote : "",
    summary: "",
    quote: target.quote ?? "",
    quoteKind: proposal?.quoteKind ?? "direct",
    conditions: "",
    reportedByName: "",
    reportedByRole: "",
  };
  if (!proposal || !roleCoded) return { draft, proposal };
  // The form shows the dataset's role for a speaker it knows: the evidence says so.
  const article = proposal.evidence.role ? ` (the article: “${proposal.evidence.role}”)` : "";
  const role = `${roleCoded}, as the dataset codes ${speakerName}${article}`;
  return { draft, proposal: { ...proposal, evidence: { ...proposal.evidence, role } } };
}
