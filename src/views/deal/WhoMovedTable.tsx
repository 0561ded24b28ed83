// Who moved between the compare date and the as-of date: steps toward the other parties per
// issue and in total, ranked.
import type { IssueMoves } from "../../domain/deal/movement";
import { rankByMovement } from "../../domain/deal/movement";
import type { Party } from "../../domain/schema";
import { countText, formatDate } from "../../domain/statementText";

interface WhoMovedTableProps {
  moves: readonly IssueMoves[];
  partyIds: readonly string[];
  parties: ReadonlyMap<string, { party: Party }>;
  from: string;
  to: string;
  // The scale's ends as the matrix names them ("Ukraine's ask"), for "toward …".
  poles: { low: string; high: string };
}

// "+1.5" toward, "−1" away, "0"; steps may be fractional against a mean.
function signed(value: number | null): string {
  if (value === null) return "–";
  const rounded = Math.round(value * 100) / 100;
  return rounded > 0 ? `+${rounded}` : rounded < 0 ? `−${-rounded}` : "0";
}

function movedText(steps: number | null, poles: { low: string; high: string }): string {
  if (steps === null) return "not comparable";
  if (steps === 0) return "did not move";
  return `${countText(Math.abs(steps), "step")} toward ${steps > 0 ? poles.high : poles.low}`;
}

export function WhoMovedTable(props: WhoMovedTableProps) {
  const { moves, partyIds, parties, from, to, poles } = props;
  const ranking = rankByMovement(partyIds, moves);
  const cell = (issueIndex: number, partyId: string) =>
    moves[issueIndex]?.moves.find((move) => move.partyId === partyId);
  return (
    <section
      className="deal-table-wrap"
      aria-label="Who moved: table"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways on phones, and keyboard users can only scroll what they can focus (axe scrollable-region-focusable).
      tabIndex={0}
    >
      <table className="deal-table">
        <caption>
          Who moved from {formatDate(from)} to {formatDate(to)}: steps toward the other parties’
          mean position (negative: away), from each party’s own statements: standing positions and
          other parties’ accounts are not counted as moves
        </caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Party</th>
            <th scope="col">Total</th>
            {moves.map(({ issue }) => (
              <th scope="col" key={issue.id}>
                {issue.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ranking.map(({ partyId, total, rank }) => (
            <tr key={partyId}>
              <td>{rank ?? "–"}</td>
              <th scope="row">{parties.get(partyId)?.party.name ?? partyId}</th>
              <td>{signed(total)}</td>
              {moves.map(({ issue }, index) => {
                const move = cell(index, partyId);
                return (
                  <td key={issue.id}>
                    {signed(move?.towardOthers ?? null)}
                    <span className="deal-moved">{movedText(move?.steps ?? null, poles)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
