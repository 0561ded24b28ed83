// The deal package in a link: "package=issueId:stanceId,issueId:stanceId". Ids cannot hold
// "," or ":" (schema), so the pairs stay readable in a shared link.
import type { Dataset } from "../domain/schema";
import { EMPTY_PACKAGE, type PackageChoice } from "./choices";

// Returns the package a link names; terms of unknown issues or stances are dropped with a
// notice, and a second term for one issue is ignored.
export function readPackage(
  raw: string | null,
  dataset: Dataset,
  notices: string[],
): PackageChoice {
  if (raw === null || raw === "") return EMPTY_PACKAGE;
  const terms: Record<string, string> = {};
  for (const part of raw.split(",")) {
    const [issueId, stanceId, ...rest] = part.split(":");
    const issue = dataset.issues.find((candidate) => candidate.id === issueId);
    const isKnown =
      issue !== undefined &&
      rest.length === 0 &&
      issue.stances.some((stance) => stance.id === stanceId) &&
      !(issue.id in terms);
    if (isKnown && issueId && stanceId) terms[issueId] = stanceId;
    else notices.push(`Ignored the package term “${part.slice(0, 40)}”: no such issue and stance.`);
  }
  return Object.keys(terms).length === 0 ? EMPTY_PACKAGE : terms;
}

// Returns the link value of a package, terms in the order they were chosen; null if empty.
export function writePackage(pack: PackageChoice): string | null {
  const parts = Object.entries(pack).map(([issueId, stanceId]) => `${issueId}:${stanceId}`);
  return parts.length === 0 ? null : parts.join(",");
}
