// The matrix's "as of" date and compare mode.
import { useShallow } from "zustand/react/shallow";
import { defaultCompareFrom, storedAsOf } from "../../domain/resolveChoices";
import type { ResolvedChoices } from "../../domain/scope";
import { countText } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { DateSlider } from "../../ui/DateSlider";
import { EventJump } from "../../ui/EventJump";

interface DateControlsProps {
  choices: ResolvedChoices;
  changedCount: number;
}

export function DateControls({ choices, changedCount }: DateControlsProps) {
  const { setAsOf, setCompareFrom } = useParleyStore(
    useShallow((state) => ({
      setAsOf: state.setAsOf,
      setCompareFrom: state.setCompareFrom,
    })),
  );
  const { asOfDates: dates, newestAsOf, compareFrom } = choices;
  const asOf = choices.asOf.date;
  return (
    <div className="date-controls">
      <DateSlider
        label="As of"
        dates={dates}
        value={asOf}
        max={newestAsOf}
        onChange={(date) => setAsOf(storedAsOf(date, newestAsOf))}
      />
      <EventJump
        stops={choices.eventStops}
        onChange={(date) => setAsOf(storedAsOf(date, newestAsOf))}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={compareFrom !== null}
          onChange={(event) =>
            setCompareFrom(event.target.checked ? defaultCompareFrom(dates, asOf) : null)
          }
        />
        Compare with an earlier date
      </label>
      {compareFrom !== null && (
        <>
          <DateSlider
            label="Compare from"
            // Compare looks back: only dates up to "as of" can be picked.
            dates={dates.filter((date) => date <= asOf)}
            value={compareFrom}
            max={asOf}
            onChange={setCompareFrom}
          />
          <p className="changed-count">
            {countText(changedCount, "cell")} changed between the two dates.
          </p>
        </>
      )}
    </div>
  );
}
