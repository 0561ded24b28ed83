// Marker shapes, one per party, so colour is never the only thing telling parties apart.

export const MARKER_SHAPES = [
  "circle",
  "square",
  "triangle",
  "diamond",
  "triangle-down",
  "cross",
] as const;

export type MarkerShape = (typeof MARKER_SHAPES)[number];

// Returns the shape for the party at `order` in the dataset (cycling past six parties).
export function shapeForParty(order: number): MarkerShape {
  return MARKER_SHAPES[order % MARKER_SHAPES.length] ?? "circle";
}

// Returns an SVG path centred on (cx, cy) that fits a box `size` pixels wide; shapes are
// sized to look equally heavy, so a square is drawn a little smaller than its box.
export function markerPath(shape: MarkerShape, cx: number, cy: number, size: number): string {
  const r = size / 2;
  switch (shape) {
    case "circle":
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case "square": {
      const s = r * 0.85;
      return `M${cx - s},${cy - s}h${2 * s}v${2 * s}h${-2 * s}Z`;
    }
    case "triangle":
      return `M${cx},${cy - r}L${cx + r},${cy + r * 0.8}L${cx - r},${cy + r * 0.8}Z`;
    case "triangle-down":
      return `M${cx},${cy + r}L${cx + r},${cy - r * 0.8}L${cx - r},${cy - r * 0.8}Z`;
    case "diamond":
      return `M${cx},${cy - r * 1.15}L${cx + r},${cy}L${cx},${cy + r * 1.15}L${cx - r},${cy}Z`;
    case "cross": {
      const t = r / 3;
      return (
        `M${cx - t},${cy - r}h${2 * t}v${r - t}h${r - t}v${2 * t}h${t - r}v${r - t}` +
        `h${-2 * t}v${t - r}h${t - r}v${-2 * t}h${r - t}Z`
      );
    }
  }
}
