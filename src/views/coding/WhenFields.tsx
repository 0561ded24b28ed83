// When it was stated: the resolver's proposal (date, precision, note) filled in for the coder
// to accept or edit, with the words it read.
import type { DateProposal } from "../../domain/edit/resolveDate";
import type { StatementDraft } from "../../domain/edit/statementDraft";
import type { DateBasis, DatePrecision } from "../../domain/schema";
import { Field } from "./Field";

interface WhenFieldsProps {
  draft: StatementDraft;
  update(patch: Partial<StatementDraft>): void;
  proposal: DateProposal | null;
  // An edited statement keeps the date it was coded with: no proposal is made, so none is
  // described (the hint said "no date words found" beside a date resolved from "Thursday").
  isNew: boolean;
}

export function WhenFields({ draft, update, proposal, isNew }: WhenFieldsProps) {
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
          onChange={(event) => update({ dateBasis: event.target.value as DateBasis })}
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
      {isNew && (
        <p className="hint field-wide">
          {proposal
            ? `Date proposed from “${proposal.phrase}” near the quote; check it against the text.`
            : "No date words found near the quote: the article's date is filled in."}
        </p>
      )}
    </>
  );
}
