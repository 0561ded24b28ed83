// A party's marker as the timeline draws it: its colour and its shape, so colour is never
// the only thing telling parties apart.
import { markerPath, shapeForParty } from "../../ui/markerShapes";

interface PartyMarkerProps {
  color: string;
  // The party's place in the dataset, which fixes its shape.
  order: number;
  size?: number;
}

export function PartyMarker({ color, order, size = 14 }: PartyMarkerProps) {
  const box = size + 4;
  return (
    <svg
      className="party-marker"
      width={box}
      height={box}
      viewBox={`0 0 ${box} ${box}`}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={markerPath(shapeForParty(order), box / 2, box / 2, size)}
        fill={color}
        stroke="var(--text)"
        strokeWidth={1}
      />
    </svg>
  );
}
