// Which line is which party: colour and marker shape together.
import { markerPath } from "../../ui/markerShapes";
import type { PartyStyle } from "./stanceChartLayout";

export function PartyLegend({ styles }: { styles: readonly PartyStyle[] }) {
  return (
    <ul className="timeline-legend" aria-label="Parties">
      {styles.map((style) => (
        <li key={style.partyId}>
          <svg width="28" height="14" aria-hidden="true" focusable="false">
            <line x1="0" y1="7" x2="28" y2="7" stroke={style.color} strokeWidth="2" />
            <path
              d={markerPath(style.shape, 14, 7, 10)}
              fill={style.color}
              className="timeline-marker"
            />
          </svg>
          {style.name}
        </li>
      ))}
    </ul>
  );
}
