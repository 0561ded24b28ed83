// The text alternative of the gap panel: each issue's gap on each date it changed or was
// restated.
import type { GapPoint } from "../../domain/gapSeries";
import type { Issue } from "../../domain/schema";
import { countText, formatDate } from "../../domain/statementText";
import { gapTableRows } from "./tableRows";

interface GapTableProps {
  gaps: readonly { issue: Issue; points: readonly GapPoint[] }[];
  names: readonly [string, string];
}

export function GapTable({ gaps, names }: GapTableProps) {
  const rows = gapTableRows(gaps);
  return (
    <section
      className="timeline-table-wrap"
      aria-label={`Gap between ${names[0]} and ${names[1]}: data table`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways on phones, and keyboard users can only scroll what they can focus (axe scrollable-region-focusable).
      tabIndex={0}
    >
      <table className="timeline-table">
        <caption>
          Gap between {names[0]} and {names[1]}: {countText(rows.length, "date")}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Issue</th>
            <th scope="col">{names[0]}</th>
            <th scope="col">{names[1]}</th>
            <th scope="col">Gap</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.issue.id}-${row.point.date}`}>
              <td>{formatDate(row.point.date)}</td>
              <td>{row.issue.name}</td>
              <td>{row.stanceA}</td>
              <td>{row.stanceB}</td>
              <td>{row.point.gap.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
