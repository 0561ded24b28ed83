// The dataset's title, description and how much evidence it holds; `children` (the dataset
// controls) go below.
import type { ReactNode } from "react";
import { countText, formatDate } from "../domain/statementText";
import { selectDataset } from "../state/librarySlice";
import { useParleyStore } from "../state/store";

export function DatasetHeader({ children }: { children?: ReactNode }) {
  const dataset = useParleyStore(selectDataset);
  const { meta, statements, sources } = dataset;
  return (
    <header className="site-header">
      <p className="brand">Parley</p>
      <h1>{meta.title}</h1>
      {meta.description && <p className="dataset-description">{meta.description}</p>}
      <p className="dataset-meta">
        {countText(statements.length, "statement")} · {countText(sources.length, "source")} ·
        updated <time dateTime={meta.updated}>{formatDate(meta.updated)}</time> · version{" "}
        {meta.version}
      </p>
      {children}
    </header>
  );
}
