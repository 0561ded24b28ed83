// What the statement is about and where it stands: issue and stance (or new ones), how firm,
// and the stretch of the scale the party signals it could accept.
import type { StatementDraft } from "../../domain/edit/statementDraft";
import type { Firmness } from "../../domain/schema";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { AddIssue } from "./AddIssue";
import { AddStance } from "./AddStance";
import { Field } from "./Field";

const FIRMNESS: ReadonlyArray<[Firmness | "", string]> = [
  ["", "Not stated"],
  ["red-line", "Red line"],
  ["demand", "Demand"],
  ["preference", "Preference"],
  ["floated", "Floated"],
];

interface IssueFieldsProps {
  draft: StatementDraft;
  update(patch: Partial<StatementDraft>): void;
}

export function IssueFields({ draft, update }: IssueFieldsProps) {
  const issues = useParleyStore((state) => selectDataset(state).issues);
  const issue = issues.find((candidate) => candidate.id === draft.issueId);
  const stances = issue?.stances ?? [];
  const stanceOptions = stances.map((stance, index) => (
    <option key={stance.id} value={stance.id}>
      {index + 1}. {stance.label}
    </option>
  ));
  return (
    <>
      <Field label="Issue">
        <select
          value={draft.issueId}
          onChange={(event) =>
            update({
              issueId: event.target.value,
              stanceId: "",
              acceptableFrom: "",
              acceptableTo: "",
            })
          }
        >
          {issues.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </Field>
      <AddIssue
        onAdded={(issueId) =>
          update({ issueId, stanceId: "", acceptableFrom: "", acceptableTo: "" })
        }
      />
      <Field label="Stance">
        <select
          value={draft.stanceId}
          onChange={(event) => update({ stanceId: event.target.value })}
        >
          <option value="">No clear stance</option>
          {stanceOptions}
        </select>
      </Field>
      {issue && <AddStance issue={issue} onAdded={(stanceId) => update({ stanceId })} />}
      <Field label="Firmness">
        <select
          value={draft.firmness}
          onChange={(event) =>
            update({ firmness: event.target.value as StatementDraft["firmness"] })
          }
        >
          {FIRMNESS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Acceptable from">
        <select
          value={draft.acceptableFrom}
          onChange={(event) => update({ acceptableFrom: event.target.value })}
        >
          <option value="">Not stated</option>
          {stanceOptions}
        </select>
      </Field>
      <Field label="Acceptable to">
        <select
          value={draft.acceptableTo}
          onChange={(event) => update({ acceptableTo: event.target.value })}
        >
          <option value="">Not stated</option>
          {stanceOptions}
        </select>
      </Field>
    </>
  );
}
