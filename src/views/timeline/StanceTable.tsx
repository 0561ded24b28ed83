// The text alternative of a stance chart: every statement it plots, one row each.
import type { Dataset, Issue } from "../../domain/schema";
import type { PartyStanceSeries } from "../../domain/stanceSeries";
import { countText, statementWhenText } from "../../domain/statementText";
import { stanceTableRows } from "./tableRows";

interface StanceTableProps {
  dataset: Dataset;
  issue: Issue;
  series: readonly PartyStanceSeries[];
}

export function StanceTable({ dataset, issue, series }: StanceTableProps) {
  const rows = stanceTableRows(dataset, issue, series);
  return (
    <section
      className="timeline-table-wrap"
      aria-label={`${issue.name}: data table`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways on phones, and keyboard users can only scroll what they can focus (axe scrollable-region-focusable).
      tabIndex={0}
    >
      <table className="timeline-table">
        <caption>
          {issue.name}: {countText(rows.length, "statement")}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Party</th>
            <th scope="col">Stance</th>
            <th scope="col">Speaker</th>
            <th scope="col">Summary</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.statement.id}>
              <td>{statementWhenText(row.statement)}</td>
              <td>{row.partyName}</td>
              <td>{row.stanceLabel}</td>
              <td>{row.statement.speaker.name}</td>
              <td>{row.statement.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
