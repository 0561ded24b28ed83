// One party's name, short name, colour and members, saved as one change; or the party
// removed, if no statement or event names it.
import { type FormEvent, useState } from "react";
import { draftFromParty, type PartyDraft, partyFromDraft } from "../../domain/edit/partyDraft";
import { partyUsage, usageRefusal } from "../../domain/edit/usage";
import type { Party } from "../../domain/schema";
import { commitChange } from "../../state/editActions";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { Field } from "./Field";
import { ProblemList } from "./ProblemList";
import { RemoveItem } from "./RemoveItem";
import { useEditOutcome } from "./useEditOutcome";
import { useFocusOnMount } from "./useFocusOnMount";

interface PartyEditorProps {
  party: Party;
  onDone(isRemoved: boolean): void;
}

export function PartyEditor({ party, onDone }: PartyEditorProps) {
  const [draft, setDraft] = useState(() => draftFromParty(party));
  // The party as the editor opened on it, to refuse a save over a change made meanwhile.
  const [original] = useState(party);
  const update = (patch: Partial<PartyDraft>) => setDraft({ ...draft, ...patch });
  const outcome = useEditOutcome();
  const nameRef = useFocusOnMount<HTMLInputElement>();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = partyFromDraft(draft, original);
    // Nothing changed: nothing to save, and no empty step in the history.
    if (JSON.stringify(next) === JSON.stringify(original)) return onDone(false);
    const change = { op: "replace", collection: "parties", item: next } as const;
    const basedOn = { collection: "parties", item: original, noun: "party" } as const;
    if (await outcome.run(commitChange(change, basedOn))) onDone(false);
  };
  return (
    <form
      className="coding-form vocabulary-editor"
      aria-label={`Edit party ${party.name}`}
      onSubmit={(event) => void save(event)}
    >
      <Field label="Name">
        <input
          ref={nameRef}
          value={draft.name}
          onChange={(event) => update({ name: event.target.value })}
        />
      </Field>
      <Field label="Short name">
        <input
          value={draft.shortName}
          onChange={(event) => update({ shortName: event.target.value })}
        />
      </Field>
      <Field label="Colour (#rrggbb; empty: chosen for you)">
        <input value={draft.color} onChange={(event) => update({ color: event.target.value })} />
      </Field>
      <Field label="Members, one a line" className="field-wide">
        <textarea
          rows={2}
          value={draft.members}
          onChange={(event) => update({ members: event.target.value })}
        />
      </Field>
      <ProblemList outcome={outcome.result} />
      <div className="coding-actions">
        <button type="submit" className="button-primary" disabled={outcome.isBusy}>
          Save party
        </button>
        <button type="button" onClick={() => onDone(false)}>
          Cancel
        </button>
        <RemoveItem
          label="Remove party"
          change={{ op: "remove", collection: "parties", id: party.id }}
          refusal={() =>
            usageRefusal(
              "party",
              party.name,
              partyUsage(selectDataset(useParleyStore.getState()), party.id),
            )
          }
          outcome={outcome}
          onRemoved={() => onDone(true)}
        />
      </div>
    </form>
  );
}
