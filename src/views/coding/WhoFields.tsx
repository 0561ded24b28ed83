// Whose position it is and who said it: party (or a new one), speaker and role suggested from
// names near the quote and speakers the dataset has, and who reported it.
import { useId, useState } from "react";
import type { StatementDraft } from "../../domain/edit/statementDraft";
import { suggestSpeakers } from "../../domain/edit/suggestSpeakers";
import type { Source } from "../../domain/schema";
import { commitChange } from "../../state/editActions";
import type { StatementDraftTarget } from "../../state/editSlice";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { AddInline } from "./AddInline";
import { Field } from "./Field";
import { newId } from "./newId";
import { PartyCheck } from "./PartyCheck";

interface WhoFieldsProps {
  draft: StatementDraft;
  update(patch: Partial<StatementDraft>): void;
  source: Source;
  target: StatementDraftTarget;
}

export function WhoFields({ draft, update, source, target }: WhoFieldsProps) {
  const dataset = useParleyStore(selectDataset);
  const speakersId = useId();
  const rolesId = useId();
  const [name, setName] = useState("");
  const [shortName, setShortName] = useState("");
  const [suggestions] = useState(() =>
    suggestSpeakers(
      source.text ?? "",
      target.quoteStart ?? 0,
      target.quoteEnd ?? 0,
      dataset.statements,
    ),
  );
  const roles = [...new Set(suggestions.map((speaker) => speaker.role).filter(Boolean))];
  const addParty = () => {
    if (!name.trim()) return null;
    const id = newId(dataset.parties, name, "party");
    const party = {
      id,
      name: name.trim(),
      shortName: (shortName.trim() || name.trim()).slice(0, 40),
    };
    return commitChange({ op: "add", collection: "parties", item: party }).then((outcome) => {
      if (outcome.ok) update({ partyId: id });
      return outcome;
    });
  };
  return (
    <>
      <Field label="Party">
        <select
          required
          value={draft.partyId}
          onChange={(event) => update({ partyId: event.target.value })}
        >
          {/* Never a default: a wrong party saves silently, an empty one asks. */}
          <option value="">Choose a party</option>
          {dataset.parties.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name}
            </option>
          ))}
        </select>
      </Field>
      <AddInline noun="party" onSave={addParty}>
        {(onEnter) => (
          <>
            <Field label="Party name">
              <input
                value={name}
                onChange={(event) => setName(event.target.value)}
                onKeyDown={onEnter}
              />
            </Field>
            <Field label="Short name">
              <input
                value={shortName}
                onChange={(event) => setShortName(event.target.value)}
                onKeyDown={onEnter}
              />
            </Field>
          </>
        )}
      </AddInline>
      <PartyCheck dataset={dataset} speakerName={draft.speakerName} partyId={draft.partyId} />
      <Field label="Speaker">
        <input
          required
          list={speakersId}
          value={draft.speakerName}
          onChange={(event) => {
            const known = suggestions.find((speaker) => speaker.name === event.target.value);
            update({
              speakerName: event.target.value,
              ...(known?.role && !draft.speakerRole ? { speakerRole: known.role } : {}),
            });
          }}
        />
      </Field>
      <datalist id={speakersId}>
        {suggestions.map((speaker) => (
          <option key={speaker.name} value={speaker.name} />
        ))}
      </datalist>
      <Field label="Speaker role">
        <input
          list={rolesId}
          value={draft.speakerRole}
          onChange={(event) => update({ speakerRole: event.target.value })}
        />
      </Field>
      <datalist id={rolesId}>
        {roles.map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      <Field label="Reported by">
        <input
          value={draft.reportedByName}
          onChange={(event) => update({ reportedByName: event.target.value })}
        />
      </Field>
      <Field label="Reporter's role">
        <input
          value={draft.reportedByRole}
          onChange={(event) => update({ reportedByRole: event.target.value })}
        />
      </Field>
      {suggestions.length > 0 && (
        <p className="hint field-wide">
          Speakers near the quote or in the dataset:{" "}
          {suggestions
            .slice(0, 5)
            .map((speaker) => speaker.name)
            .join(", ")}
          .
        </p>
      )}
    </>
  );
}
