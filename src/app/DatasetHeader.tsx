// The dataset's title, description and how much evidence it holds; `children` (the dataset
// controls) go below.
import type { ReactNode } from "react";
import { useParleyStore } from "../state/store";
import { formatDate } from "../ui/formatDate";

export function DatasetHeader({ children }: { children?: ReactNode }) {
  const dataset = useParleyStore((state) => state.dataset);
  const { meta, statements, sources } = dataset;
  return (
    <header className="site-header">
      <p className="brand">Parley</p>
      <h1>{meta.title}</h1>
      {meta.description && <p className="dataset-description">{meta.description}</p>}
      <p className="dataset-meta">
        {plural(statements.length, "statement")} · {plural(sources.length, "source")} · updated{" "}
        <time dateTime={meta.updated}>{formatDate(meta.updated)}</time>
      </p>
      {children}
    </header>
  );
}

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}
