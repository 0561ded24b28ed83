// The deal space's "as of" date and the earlier date movement is measured from: the same
// store choices as the matrix's, so both views read one date.
import { useShallow } from "zustand/react/shallow";
import { defaultCompareFrom, storedAsOf } from "../../domain/resolveChoices";
import { useParleyStore } from "../../state/store";
import { DateSlider } from "../../ui/DateSlider";

interface DealDatesProps {
  dates: readonly string[];
  // The newest "as of" date, stored as null so a shared link keeps following new data.
  newestAsOf: string;
  asOf: string;
  compareFrom: string | null;
}

export function DealDates({ dates, newestAsOf, asOf, compareFrom }: DealDatesProps) {
  const { setAsOf, setCompareFrom } = useParleyStore(
    useShallow((state) => ({ setAsOf: state.setAsOf, setCompareFrom: state.setCompareFrom })),
  );
  const earlier = dates.filter((date) => date <= asOf);
  return (
    <div className="deal-dates">
      <DateSlider
        label="As of"
        dates={dates}
        value={asOf}
        max={newestAsOf}
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
        Show who moved since an earlier date
      </label>
      {compareFrom !== null && (
        <DateSlider
          label="Moved since"
          dates={earlier}
          value={compareFrom}
          onChange={setCompareFrom}
        />
      )}
    </div>
  );
}
