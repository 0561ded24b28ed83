// What the Timeline shows for a dataset and the user's filters: which issues, which parties,
// which stretch of time, and each issue's stance and gap series cut to it. Pure.

import type { GapPoint } from "../../domain/gapSeries";
import { gapSeries } from "../../domain/gapSeries";
import { pickById } from "../../domain/resolveChoices";
import type { Dataset, Issue, Party } from "../../domain/schema";
import { type PartyStanceSeries, stanceSeries } from "../../domain/stanceSeries";
import { indexStatements, type StatementIndex } from "../../domain/statementIndex";
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

// `index` is of the statements to chart: the scope's cellIndex, so the Timeline applies every
// filter the matrix applies (state media, speaker, words, dates) and the provenance rule.
// (Indexed on the call without, for tests of a whole dataset.)
export function buildTimeline(
  dataset: Dataset,
  filters: TimelineFilters,
  index: StatementIndex = indexStatements(dataset),
): TimelineModel {
  const issues = pickById(dataset.issues, filters.issueIds);
  const parties = pickById(dataset.parties, filters.partyIds);
  const partyIds = parties.map((party) => party.id);
  const window: TimeWindow = { from: filters.from, to: filters.to };
  const range = timelineDateRange(
    { statements: index.byDate },
    issues.map((issue) => issue.id),
    partyIds,
    window,
  );
  return {
    issues: issues.map((issue) => ({
      issue,
      series: stanceSeries(dataset, issue.id, index)
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
  index: StatementIndex = indexStatements(dataset),
): IssueGap[] {
  return model.issues.map(({ issue }) => ({
    issue,
    points: clipGapPoints(gapSeries(dataset, issue.id, pair[0], pair[1], index), model.window),
  }));
}
