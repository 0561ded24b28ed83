// The matrix's "as of" date and compare mode.
import { useShallow } from "zustand/react/shallow";
import { countText } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { DateSlider } from "../../ui/DateSlider";

interface DateControlsProps {
  dates: readonly string[];
  asOf: string;
  // The compare date in force (never after asOf); null when compare mode is off.
  compareFrom: string | null;
  changedCount: number;
}

export function DateControls({ dates, asOf, compareFrom, changedCount }: DateControlsProps) {
  const { setAsOf, setCompareFrom } = useParleyStore(
    useShallow((state) => ({
      setAsOf: state.setAsOf,
      setCompareFrom: state.setCompareFrom,
    })),
  );
  const latest = dates[dates.length - 1];
  return (
    <div className="date-controls">
      <DateSlider
        label="As of"
        dates={dates}
        value={asOf}
        // The latest date is stored as null, so a shared link keeps following new data.
        onChange={(date) => setAsOf(date === latest ? null : date)}
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

// Halfway back through the dates before "as of": far enough to catch moves, near enough
// that most cells already had a stance (from the very first date, everything "changes").
function defaultCompareFrom(dates: readonly string[], asOf: string): string {
  const before = dates.filter((date) => date < asOf);
  return before[Math.floor(before.length / 2)] ?? dates[0] ?? asOf;
}
