// The sources the dataset was coded from, each with the statements it supports.
import { useId, useMemo } from "react";
import { useScope } from "../../state/useScope";
import { SourceCard } from "./SourceCard";
import "./SourcesView.css";

export function SourcesView() {
  const headingId = useId();
  const scope = useScope();
  const { dataset, statements: filtered } = scope;
  const isFiltered = filtered.length < dataset.statements.length;
  // How many of each source's statements pass the filters; only worked out when some do not.
  const matchingBySource = useMemo(() => {
    const counts = new Map<string, number>();
    if (isFiltered)
      for (const statement of filtered)
        counts.set(statement.sourceId, (counts.get(statement.sourceId) ?? 0) + 1);
    return counts;
  }, [filtered, isFiltered]);
  const count = dataset.sources.length;

  return (
    <section className="sources-view" aria-labelledby={headingId}>
      <h2 id={headingId}>Sources</h2>
      <p className="sources-intro">
        {count} {count === 1 ? "source" : "sources"}. Every statement cites one of them; open a
        source to read the statements coded from it.
      </p>
      <ul className="sources-list">
        {dataset.sources.map((source) => (
          <li key={source.id}>
            <SourceCard
              source={source}
              statements={scope.sourceStatements(source.id)}
              matchingCount={isFiltered ? (matchingBySource.get(source.id) ?? 0) : null}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
