// One party's row on an issue's axis: its acceptable band, its stated stance and how firm it
// is. The whole row is a button that opens the statements behind it.
import { staleness } from "../../domain/deal/staleness";
import type { PartyPosition } from "../../domain/deal/stretch";
import type { Issue, Party } from "../../domain/schema";
import { useParleyStore } from "../../state/store";
import { firmnessText, positionText, stalenessText } from "./dealText";
import { PartyMarker } from "./PartyMarker";

interface PartyBandProps {
  issue: Issue;
  party: Party;
  order: number;
  color: string;
  position: PartyPosition;
  asOf: string;
  zone: { from: number; to: number } | null;
}

export function PartyBand({ issue, party, order, color, position, asOf, zone }: PartyBandProps) {
  const openCell = useParleyStore((state) => state.openCell);
  const stretch = position.stretch;
  const isRedLine = position.firmness === "red-line";
  const stale = position.latest ? stalenessText(staleness(position.latest.date, asOf)) : null;
  const tag = isRedLine ? "Red line" : position.firmness ? firmnessText(position.firmness) : null;
  // The name starts with the row's visible words in their order (WCAG 2.5.3 Label in Name),
  // then says the position in full.
  const shown = [party.name, tag, stale].filter(Boolean).join(" ");
  const label = `${shown}: ${positionText(issue, position)}. Open its statements.`;
  return (
    <button
      type="button"
      className="deal-row"
      data-cell-key={`deal:${issue.id}:${party.id}`}
      aria-label={label}
      onClick={() => openCell({ issueId: issue.id, partyId: party.id })}
    >
      <span className="deal-row-party">
        <PartyMarker color={color} order={order} />
        <span>{party.name}</span> {isRedLine && <span className="deal-red-line-tag">{tag}</span>}
        {!isRedLine && tag && <span className="deal-firmness">{tag}</span>}{" "}
        {stale && <span className="deal-stale">{stale}</span>}
      </span>
      <span
        className="deal-track"
        aria-hidden="true"
        style={{ gridTemplateColumns: `repeat(${issue.stances.length}, 1fr)` }}
      >
        {zone && (
          <span className="deal-zone" style={{ gridColumn: `${zone.from + 1} / ${zone.to + 2}` }} />
        )}
        {stretch && (
          <span
            className={isRedLine ? "deal-band is-red-line" : "deal-band"}
            style={{
              gridColumn: `${stretch.from + 1} / ${stretch.to + 2}`,
              borderColor: isRedLine ? undefined : color,
              backgroundColor: `${color}55`,
            }}
          />
        )}
        {position.stanceIndex !== null && (
          <span className="deal-stance" style={{ gridColumn: `${position.stanceIndex + 1}` }}>
            <PartyMarker color={color} order={order} size={16} />
          </span>
        )}
      </span>
    </button>
  );
}
