// The statement the Method view shows as an example of a firmness level, from whichever dataset
// is open, so the explanation never quotes text that could drift from the data.
import type { Firmness, Statement } from "./schema";

export const FIRMNESS_LEVELS: readonly Firmness[] = ["red-line", "demand", "preference", "floated"];

// The first statement (in dataset order) coded at that level, preferring one with the speaker's
// own words, then one with any quote; null when no statement is coded at that level.
export function firmnessExample(
  statements: readonly Statement[],
  level: Firmness,
): Statement | null {
  const atLevel = statements.filter((statement) => statement.firmness === level);
  return (
    atLevel.find((statement) => statement.quote && statement.quoteKind === "direct") ??
    atLevel.find((statement) => statement.quote) ??
    atLevel[0] ??
    null
  );
}
