// The filters every view shares, with the number of statements they leave.
import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { useParleyStore } from "../state/store";
import { useFilteredStatements } from "../state/useFilteredStatements";
import { CheckboxGroup } from "../ui/CheckboxGroup";
import { countActiveFilters } from "./countActiveFilters";
import { FilterFields } from "./FilterFields";

// Below this width the filters would push every view off the first screen, so they start
// folded; matches the phone breakpoint in styles.css.
const FOLDED_BELOW = "(max-width: 700px)";

export function FilterBar() {
  const [isOpen, setIsOpen] = useState(() => !window.matchMedia(FOLDED_BELOW).matches);
  const { dataset, filters, setFilters, resetFilters } = useParleyStore(
    useShallow((state) => ({
      dataset: state.dataset,
      filters: state.filters,
      setFilters: state.setFilters,
      resetFilters: state.resetFilters,
    })),
  );
  const matching = useFilteredStatements().length;
  const total = dataset.statements.length;
  const activeCount = countActiveFilters(filters);

  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-summary">
        <button
          type="button"
          className="filter-toggle"
          aria-expanded={isOpen}
          aria-controls="filter-body"
          onClick={() => setIsOpen(!isOpen)}
        >
          Filters{activeCount > 0 ? ` (${activeCount} active)` : ""}
        </button>
        <p role="status" className="filter-count">
          {matching} of {total} statements
        </p>
        {activeCount > 0 && (
          <button type="button" onClick={resetFilters}>
            Clear filters
          </button>
        )}
      </div>
      <div id="filter-body" className="filter-body" hidden={!isOpen}>
        <CheckboxGroup
          legend="Issues"
          options={dataset.issues.map((issue) => ({ id: issue.id, label: issue.name }))}
          selectedIds={filters.issueIds}
          onChange={(issueIds) => setFilters({ issueIds })}
        />
        <CheckboxGroup
          legend="Parties"
          options={dataset.parties.map((party) => ({ id: party.id, label: party.name }))}
          selectedIds={filters.partyIds}
          onChange={(partyIds) => setFilters({ partyIds })}
        />
        <FilterFields />
      </div>
    </section>
  );
}
