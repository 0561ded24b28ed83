// The matrix's "as of" date and compare mode.
import { useShallow } from "zustand/react/shallow";
import type { ResolvedChoices } from "../../domain/scope";
import { countText } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { AsOfDates } from "../../ui/AsOfDates";

interface DateControlsProps {
  choices: ResolvedChoices;
  changedCount: number;
}

export function DateControls({ choices, changedCount }: DateControlsProps) {
  const { setAsOf, setCompareFrom } = useParleyStore(
    useShallow((state) => ({ setAsOf: state.setAsOf, setCompareFrom: state.setCompareFrom })),
  );
  return (
    <div className="date-controls">
      <AsOfDates
        dates={choices.asOfDates}
        newestAsOf={choices.newestAsOf}
        asOf={choices.asOf.date}
        compareFrom={choices.compareFrom}
        eventStops={choices.eventStops}
        compareBoxLabel="Compare with an earlier date"
        compareSliderLabel="Compare from"
        onAsOf={setAsOf}
        onCompareFrom={setCompareFrom}
      >
        <p className="changed-count">
          {countText(changedCount, "cell")} changed between the two dates.
        </p>
      </AsOfDates>
    </div>
  );
}
