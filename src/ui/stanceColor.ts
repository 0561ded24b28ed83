// Where a stance sits on its issue's axis, as one of seven colour steps.

// Seven steps so scales of 2 to 7 stances each land on distinct steps; the colours
// themselves (yellow-olive through grey to violet, hues no party colour uses; the two ends differ in
// blue–yellow, which survives red–green colour-vision deficiencies) live in styles.css as
// --stance-0 … --stance-6, one set per colour scheme.
export const STANCE_STEPS = 7;

// Returns 0…6 for a 0-based stance position on a scale of `scaleSize` stances.
export function stanceStep(stanceIndex: number, scaleSize: number): number {
  if (scaleSize <= 1) return (STANCE_STEPS - 1) / 2;
  return Math.round((stanceIndex / (scaleSize - 1)) * (STANCE_STEPS - 1));
}
