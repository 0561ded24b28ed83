// Adding and removing a stance on an issue's ordered scale, as plain data: where a new stance
// goes, and whether one may go.
import type { Dataset, Issue, Stance } from "../schema";
import { stanceUsage, usageRefusal } from "./usage";

// `stances` with `stance` placed right after the stance `afterId` ("" = first on the scale).
export function insertStance(
  stances: readonly Stance[],
  stance: Stance,
  afterId: string,
): Stance[] {
  const at = afterId === "" ? 0 : stances.findIndex((each) => each.id === afterId) + 1;
  return [...stances.slice(0, at), stance, ...stances.slice(at)];
}

// The schema's floor: a scale needs its two ends.
const MIN_STANCES = 2;

export type StanceRemoval = { ok: true; stances: Stance[] } | { ok: false; reason: string };

// `issue`'s stances without `stanceId`, or why it must stay: statements use it, or the scale
// would be left with fewer than two stances.
export function removeStance(
  dataset: Pick<Dataset, "statements" | "events">,
  issue: Issue,
  stanceId: string,
): StanceRemoval {
  const stance = issue.stances.find((each) => each.id === stanceId);
  if (!stance) return { ok: false, reason: `The issue “${issue.name}” has no stance ${stanceId}.` };
  const refusal = usageRefusal("stance", stance.label, stanceUsage(dataset, issue.id, stanceId));
  if (refusal) return { ok: false, reason: refusal };
  if (issue.stances.length <= MIN_STANCES)
    return {
      ok: false,
      reason: `The stance “${stance.label}” cannot be removed: an issue needs at least ${MIN_STANCES} stances, the two ends of its scale.`,
    };
  return { ok: true, stances: issue.stances.filter((each) => each.id !== stanceId) };
}
