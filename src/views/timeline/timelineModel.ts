// What the Timeline shows for a dataset and the user's filters: which issues, which parties,
// which stretch of time, and each issue's stance and gap series cut to it. Pure.

import type { GapPoint } from "../../domain/gapSeries";
import { gapSeries } from "../../domain/gapSeries";
import type { Dataset, Issue, Party } from "../../domain/schema";
import { type PartyStanceSeries, stanceSeries } from "../../domain/stanceSeries";
import {
  clipGapPoints,
  clipStanceSeries,
  type TimeWindow,
  timelineDateRange,
} from "./timelineWindow";
import { timeDomain } from "./timeTicks";

export interface TimelineFilters extends TimeWindow {
  issueIds: readonly string[]; // empty = all
  partyIds: readonly string[]; // empty = all
}

export interface IssueTimeline {
  issue: Issue;
  series: PartyStanceSeries[];
}

export interface TimelineModel {
  issues: IssueTimeline[];
  parties: Party[];
  // The shared time axis of every chart, so they line up; null when nothing matches.
  xDomain: [number, number] | null;
  window: TimeWindow;
}

export function buildTimeline(dataset: Dataset, filters: TimelineFilters): TimelineModel {
  const issues = pick(dataset.issues, filters.issueIds);
  const parties = pick(dataset.parties, filters.partyIds);
  const partyIds = parties.map((party) => party.id);
  const window: TimeWindow = { from: filters.from, to: filters.to };
  const range = timelineDateRange(
    dataset,
    issues.map((issue) => issue.id),
    partyIds,
    window,
  );
  return {
    issues: issues.map((issue) => ({
      issue,
      series: stanceSeries(dataset, issue.id)
        .filter((series) => partyIds.includes(series.partyId))
        .map((series) => clipStanceSeries(series, window))
        .filter((series) => series !== null),
    })),
    parties,
    xDomain: range ? timeDomain(range.first, range.last) : null,
    window,
  };
}

export interface IssueGap {
  issue: Issue;
  points: GapPoint[];
}

// Returns the gap series of the two parties on each of the model's issues, cut to its window.
export function buildGaps(
  dataset: Dataset,
  model: TimelineModel,
  pair: readonly [string, string],
): IssueGap[] {
  return model.issues.map(({ issue }) => ({
    issue,
    points: clipGapPoints(gapSeries(dataset, issue.id, pair[0], pair[1]), model.window),
  }));
}

// Returns the pair chosen, else the first two parties shown, else the dataset's first two;
// null when the dataset has fewer than two parties.
export function resolveGapPair(
  dataset: Dataset,
  chosen: readonly [string, string] | null,
  shown: readonly Party[],
): [string, string] | null {
  const known = (id: string) => dataset.parties.some((party) => party.id === id);
  if (chosen && known(chosen[0]) && known(chosen[1]) && chosen[0] !== chosen[1]) {
    return [chosen[0], chosen[1]];
  }
  const candidates = shown.length >= 2 ? shown : dataset.parties;
  const [first, second] = candidates;
  return first && second ? [first.id, second.id] : null;
}

// The items whose ids are listed, in dataset order; all of them for an empty list.
function pick<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  return ids.length === 0 ? [...items] : items.filter((item) => ids.includes(item.id));
}
