// "Remove party" and the like: removes the item as one change if the validator accepts the
// dataset without it; else the form's problem list says which statements still use it, above
// the validator's problems.
import type { Change } from "../../domain/edit/editDataset";
import { commitChange } from "../../state/editActions";
import type { EditOutcomeState } from "./useEditOutcome";

interface RemoveItemProps {
  label: string; // "Remove party"
  change: Change;
  // Why it cannot go, in the analyst's words ("5 statements use it"), or null.
  refusal(): string | null;
  outcome: EditOutcomeState; // the form's, so one list shows what its last action met
  onRemoved(): void;
}

export function RemoveItem({ label, change, refusal, outcome, onRemoved }: RemoveItemProps) {
  const remove = async () => {
    const done = await outcome.run(
      commitChange(change).then((result) => {
        const reason = result.ok ? null : refusal();
        return reason && !result.ok ? { ...result, message: reason } : result;
      }),
    );
    if (done) onRemoved();
  };
  return (
    <button type="button" onClick={() => void remove()} disabled={outcome.isBusy}>
      {label}
    </button>
  );
}
