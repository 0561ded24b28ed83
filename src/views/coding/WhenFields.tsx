// When it was stated: the proposal (date, precision, basis, note) filled in for the coder to
// accept or edit. A source without a published date gets no date: the form asks for one, and
// never fills in today's. Choosing "standing" dates the statement to the article.
import { longDay } from "../../domain/edit/calendarDays";
import type { StatementDraft } from "../../domain/edit/statementDraft";
import type { Proposal } from "../../domain/propose/proposeStatements";
import type { DateBasis, DatePrecision } from "../../domain/schema";
import { Field } from "./Field";

interface WhenFieldsProps {
  draft: StatementDraft;
  update(patch: Partial<StatementDraft>): void;
  proposal: Proposal | null;
  published: string | null;
  // An edited statement keeps the date it was coded with: no proposal is made, so none is
  // described (the hint said "no date words found" beside a date resolved from "Thursday").
  isNew: boolean;
}

function hintOf(proposal: Proposal | null, published: string | null): string {
  if (published === null) {
    return "This source has no published date, so no date is proposed: give the date this was said (or give the source its date with Edit source). Parley never fills in today's date.";
  }
  if (!proposal) return "The article's date is filled in: change it to when this was said.";
  if (proposal.evidence.date)
    return `Date proposed from ${proposal.evidence.date}; check it against the text.`;
  return "No date words for this passage: the article's date is filled in; check it.";
}

export function WhenFields({ draft, update, proposal, published, isNew }: WhenFieldsProps) {
  const setBasis = (dateBasis: DateBasis) =>
    update(
      dateBasis === "standing" && published
        ? {
            dateBasis,
            date: published,
            datePrecision: "day",
            dateNote: `A standing position: dated to the article, ${longDay(published)}`,
          }
        : { dateBasis },
    );
  return (
    <>
      <Field label="Date">
        <input
          type="date"
          required
          value={draft.date}
          onChange={(event) => update({ date: event.target.value })}
        />
      </Field>
      <Field label="Date precision">
        <select
          value={draft.datePrecision}
          onChange={(event) => update({ datePrecision: event.target.value as DatePrecision })}
        >
          <option value="day">Day</option>
          <option value="month">Month (first of the month)</option>
          <option value="year">Year (1 January)</option>
        </select>
      </Field>
      <Field label="Date basis">
        <select
          value={draft.dateBasis}
          onChange={(event) => setBasis(event.target.value as DateBasis)}
        >
          <option value="stated">Stated on this date</option>
          <option value="standing">Standing position (the article's date)</option>
        </select>
      </Field>
      <Field label="Date note" className="field-wide">
        <input
          value={draft.dateNote}
          onChange={(event) => update({ dateNote: event.target.value })}
        />
      </Field>
      {isNew && <p className="hint field-wide">{hintOf(proposal, published)}</p>}
    </>
  );
}
