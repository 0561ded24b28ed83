// Says that the gap pair is a choice of its own when the party filter hides one of it; the
// matrix and the timeline show the same sentence.
import type { Party } from "../domain/schema";

// Returns the sentence saying the gap pair is its own choice when the party filter hides one
// or both of its parties (the gap still measures them), or null when both are shown.
export function gapPairNote(
  pair: readonly [Party, Party] | null,
  shownParties: readonly Party[],
): string | null {
  if (!pair) return null;
  const hidden = pair.filter((party) => !shownParties.includes(party));
  if (hidden.length === 0) return null;
  const names = hidden.map((party) => party.name).join(" and ");
  const verb = hidden.length === 1 ? "is" : "are";
  return `The gap compares ${pair[0].name} and ${pair[1].name}, whatever the party filter shows: ${names} ${verb} hidden by the filter but still measured.`;
}
