// The date, speaker and free-text filters.
import { useId, useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { indexStatements } from "../domain/statementIndex";
import { useParleyStore } from "../state/store";
import { usePrepareSearch } from "../state/usePrepareSearch";

export function FilterFields() {
  const { dataset, from, to, speaker, text, setFilters } = useParleyStore(
    useShallow((state) => ({
      dataset: state.dataset,
      from: state.filters.from,
      to: state.filters.to,
      speaker: state.filters.speaker,
      text: state.filters.text,
      setFilters: state.setFilters,
    })),
  );
  usePrepareSearch();
  const speakersId = useId();
  const { dates } = indexStatements(dataset);
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
          placeholder="Words in summary, quote or speaker"
          onChange={(event) => setFilters({ text: event.target.value })}
        />
      </label>
    </div>
  );
}
