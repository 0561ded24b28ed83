// The deal space's "as of" date and the earlier date movement is measured from: the same
// store choices as the matrix's, so both views read one date.
import { useShallow } from "zustand/react/shallow";
import { useParleyStore } from "../../state/store";
import { AsOfDates } from "../../ui/AsOfDates";

interface DealDatesProps {
  dates: readonly string[];
  newestAsOf: string;
  asOf: string;
  compareFrom: string | null;
}

export function DealDates({ dates, newestAsOf, asOf, compareFrom }: DealDatesProps) {
  const { setAsOf, setCompareFrom } = useParleyStore(
    useShallow((state) => ({ setAsOf: state.setAsOf, setCompareFrom: state.setCompareFrom })),
  );
  return (
    <div className="deal-dates">
      <AsOfDates
        dates={dates}
        newestAsOf={newestAsOf}
        asOf={asOf}
        compareFrom={compareFrom}
        compareBoxLabel="Show who moved since an earlier date"
        compareSliderLabel="Moved since"
        onAsOf={setAsOf}
        onCompareFrom={setCompareFrom}
      />
    </div>
  );
}
