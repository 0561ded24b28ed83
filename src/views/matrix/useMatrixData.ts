// The matrix for the current choices, recomputed only when the dataset, the filters or a
// matrix choice changes.
import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import { filterStatements } from "../../domain/filterStatements";
import type { Dataset } from "../../domain/schema";
import { indexStatements } from "../../domain/statementIndex";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { useFilteredStatements } from "../../state/useFilteredStatements";
import { type MatrixGrid, matrixGrid } from "./matrixGrid";
import { buildMatrix, type MatrixModel } from "./matrixModel";

export interface MatrixData {
  model: MatrixModel;
  grid: MatrixGrid;
  // Distinct statement dates of the whole dataset, ascending: the stops of the date sliders.
  dates: readonly string[];
  // True when a filter other than issues/parties leaves some statements out of the cells.
  isNarrowedByStatements: boolean;
}

export function useMatrixData(): MatrixData {
  const choices = useParleyStore(
    useShallow((state) => ({
      dataset: selectDataset(state),
      issueIds: state.filters.issueIds,
      partyIds: state.filters.partyIds,
      asOf: state.asOf,
      compareFrom: state.compareFrom,
      gapParties: state.gapParties,
      rowsAre: state.matrixRowsAre,
    })),
  );
  const { dataset } = choices;
  const statements = useFilteredStatements();
  // A new object per filter change: the domain's indexes are cached per dataset object, so
  // this is indexed once and reused while only matrix choices change.
  const scoped = useMemo<Dataset>(
    () => ({ ...dataset, statements: [...statements] }),
    [dataset, statements],
  );
  const { dates } = indexStatements(dataset);
  const asOf = choices.asOf ?? dates[dates.length - 1] ?? dataset.meta.updated;

  const model = useMemo(
    () =>
      buildMatrix(scoped, {
        issueIds: choices.issueIds,
        partyIds: choices.partyIds,
        asOf,
        compareFrom: choices.compareFrom,
        gapPartyIds: choices.gapParties,
      }),
    [scoped, choices.issueIds, choices.partyIds, asOf, choices.compareFrom, choices.gapParties],
  );
  const grid = useMemo(() => matrixGrid(model, choices.rowsAre), [model, choices.rowsAre]);
  // Issue and party filters only pick rows and columns; any other filter drops statements,
  // and the page says so, since the cells then show less than the record.
  const inChosenCells = useMemo(
    () =>
      filterStatements(dataset, { issueIds: choices.issueIds, partyIds: choices.partyIds }).length,
    [dataset, choices.issueIds, choices.partyIds],
  );
  const isNarrowedByStatements = statements.length < inChosenCells;
  return { model, grid, dates, isNarrowedByStatements };
}
