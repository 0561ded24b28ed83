// How a flag and a recorded resolution (meta.reviewed) are matched: by rule and subject. The
// subject is the flag's events if it names any, else its statements, else its issue and stances
// (the scale smells); ids compare as sets, so their order in the file does not matter. A flag
// whose subject changes (a third duplicate joins) no longer matches, and shows again.
import type { ReviewResolution } from "../schema";
import type { ReviewFlag } from "./flag";

const ids = (list: readonly string[]) => [...list].sort().join(",");

export function subjectKey(flag: ReviewFlag): string {
  if (flag.eventIds?.length) return `${flag.rule}|events|${ids(flag.eventIds)}`;
  if (flag.statementIds?.length) return `${flag.rule}|statements|${ids(flag.statementIds)}`;
  return `${flag.rule}|issue|${flag.issueId ?? ""}|${ids(flag.stanceIds ?? [])}`;
}

export function resolutionKey(resolution: ReviewResolution): string {
  return subjectKey({ ...resolution, message: "", evidence: "" });
}
