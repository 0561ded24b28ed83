// The filters every view shares, folded into one compact bar: the number of statements they
// leave and each active filter as a removable chip; the fields open on demand (issue 21:
// reading first, the filters out of the way until asked for).
import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { selectDataset } from "../state/librarySlice";
import { useParleyStore } from "../state/store";
import { useScope } from "../state/useScope";
import { CheckboxGroup } from "../ui/CheckboxGroup";
import { countActiveFilters } from "./countActiveFilters";
import { FilterFields } from "./FilterFields";
import { filterChips } from "./filterChips";

// Folded at first on every screen: the positions come first, and the prerendered page (which
// has no window to measure) must match the browser's first render.
export function FilterBar() {
  const [isOpen, setIsOpen] = useState(false);
  const { dataset, filters, setFilters, resetFilters } = useParleyStore(
    useShallow((state) => ({
      dataset: selectDataset(state),
      filters: state.filters,
      setFilters: state.setFilters,
      resetFilters: state.resetFilters,
    })),
  );
  const matching = useScope().statements.length;
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
          <ul className="filter-chips" aria-label="Active filters">
            {filterChips(filters, dataset).map((chip) => (
              <li key={chip.key}>
                <button
                  type="button"
                  className="filter-chip"
                  aria-label={`Remove filter ${chip.label}`}
                  onClick={() => setFilters(chip.without)}
                >
                  <span className="filter-chip-label" title={chip.label}>
                    {chip.label}
                  </span>{" "}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
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
