// "Remove party" and the like: removes the item as one change if the validator accepts the
// dataset without it; else says which statements still use it, above the validator's problems.
import type { Change } from "../../domain/edit/editDataset";
import { commitChange } from "../../state/editActions";
import { ProblemList } from "./ProblemList";
import { useEditOutcome } from "./useEditOutcome";

interface RemoveItemProps {
  label: string; // "Remove party"
  change: Change;
  // Why it cannot go, in the analyst's words ("5 statements use it"), or null.
  refusal(): string | null;
  onRemoved(): void;
}

export function RemoveItem({ label, change, refusal, onRemoved }: RemoveItemProps) {
  const outcome = useEditOutcome();
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
    <>
      <button type="button" onClick={() => void remove()} disabled={outcome.isBusy}>
        {label}
      </button>
      <ProblemList outcome={outcome.result} />
    </>
  );
}
