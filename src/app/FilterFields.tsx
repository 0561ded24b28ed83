// The date, speaker, free-text and source-kind filters.
import { useId, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { selectDataset } from "../state/librarySlice";
import { useParleyStore } from "../state/store";
import { usePrepareSearch } from "../state/usePrepareSearch";
import { useScope } from "../state/useScope";

export function FilterFields() {
  const { dataset, from, to, speaker, text, hideStateMedia, countAccounts, setFilters } =
    useParleyStore(
      useShallow((state) => ({
        dataset: selectDataset(state),
        from: state.filters.from,
        to: state.filters.to,
        speaker: state.filters.speaker,
        text: state.filters.text,
        hideStateMedia: state.filters.hideStateMedia,
        countAccounts: state.filters.countAccounts,
        setFilters: state.setFilters,
      })),
    );
  usePrepareSearch();
  const speakersId = useId();
  const { dates } = useScope();
  const speakers = useMemo(
    () => [...new Set(dataset.statements.map((statement) => statement.speaker.name))].sort(),
    [dataset],
  );
  const first = dates[0];
  const last = dates[dates.length - 1];
  return (
    <div className="filter-fields">
      <label className="field">
        From
        <input
          type="date"
          value={from ?? ""}
          min={first}
          max={to ?? last}
          onChange={(event) => setFilters({ from: event.target.value || null })}
        />
      </label>
      <label className="field">
        To
        <input
          type="date"
          value={to ?? ""}
          min={from ?? first}
          max={last}
          onChange={(event) => setFilters({ to: event.target.value || null })}
        />
      </label>
      <label className="field">
        Speaker
        <input
          type="text"
          list={speakersId}
          value={speaker}
          autoComplete="off"
          onChange={(event) => setFilters({ speaker: event.target.value })}
        />
        <datalist id={speakersId}>
          {speakers.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </label>
      <label className="field field-wide">
        Search statements
        <input
          type="search"
          value={text}
          placeholder="Words, names of parties, issues or stances"
          onChange={(event) => setFilters({ text: event.target.value })}
        />
      </label>
      <label className="field field-check">
        <input
          type="checkbox"
          checked={hideStateMedia}
          onChange={(event) => setFilters({ hideStateMedia: event.target.checked })}
        />
        Hide state media
      </label>
      <label className="field field-check">
        <input
          type="checkbox"
          checked={countAccounts}
          onChange={(event) => setFilters({ countAccounts: event.target.checked })}
        />
        Count accounts by other parties as positions
      </label>
    </div>
  );
}
