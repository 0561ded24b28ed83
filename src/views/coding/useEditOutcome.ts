// The state of one save from a coding form: busy while it runs, then its outcome.
import { useState } from "react";
import type { EditOutcome } from "../../state/editActions";

export function useEditOutcome() {
  const [result, setResult] = useState<EditOutcome | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  return {
    result,
    isBusy,
    setResult,
    // Waits for the save; true if it was made.
    async run(pending: Promise<EditOutcome>): Promise<boolean> {
      setIsBusy(true);
      try {
        const outcome = await pending;
        setResult(outcome);
        return outcome.ok;
      } finally {
        setIsBusy(false);
      }
    },
  };
}

export type EditOutcomeState = ReturnType<typeof useEditOutcome>;
