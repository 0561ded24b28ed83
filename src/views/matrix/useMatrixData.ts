// The matrix for the current scope and choices, recomputed only when one of them changes.
import { useMemo } from "react";
import { useParleyStore } from "../../state/store";
import { useResolvedChoices, useScope } from "../../state/useScope";
import { type MatrixGrid, matrixGrid } from "./matrixGrid";
import { buildMatrix, type MatrixModel } from "./matrixModel";

export interface MatrixData {
  model: MatrixModel;
  grid: MatrixGrid;
}

export function useMatrixData(): MatrixData {
  const scope = useScope();
  const choices = useResolvedChoices();
  const rowsAre = useParleyStore((state) => state.matrixRowsAre);
  const model = useMemo(() => buildMatrix(scope, choices), [scope, choices]);
  const grid = useMemo(() => matrixGrid(model, rowsAre), [model, rowsAre]);
  return { model, grid };
}
