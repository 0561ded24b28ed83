// The review: every rule run over a dataset, the flags in the Review's order (rule by rule, then
// in dataset order), each marked resolved where meta.reviewed records it with a reason.
import type { Dataset, ReviewResolution } from "../schema";
import { accountMovesPosition } from "./accountMovesPosition";
import { conditionCue, firmnessCue, rangeCue } from "./codingCues";
import { copiedSummary } from "./copiedSummary";
import { droppedHedge } from "./droppedHedge";
import { duplicateActs } from "./duplicateActs";
import { eventBorrowedWords } from "./eventBorrowedWords";
import { eventDayKnown } from "./eventDayKnown";
import type { ReviewedFlag, ReviewFlag } from "./flag";
import { quotePlaces } from "./quotePlaces";
import { resolutionKey, subjectKey } from "./resolutionKey";
import { createReviewContext, type ReviewContext } from "./reviewContext";
import { REVIEW_RULE_IDS } from "./ruleIds";
import { alternatingStances, firstStanceUntaken, unusedStances } from "./scaleSmells";
import { standingCue } from "./standingCue";
import { unsupportedPrecision } from "./unsupportedPrecision";

const RULES: ReadonlyArray<(context: ReviewContext) => ReviewFlag[]> = [
  duplicateActs,
  standingCue,
  accountMovesPosition,
  copiedSummary,
  droppedHedge,
  unsupportedPrecision,
  eventDayKnown,
  eventBorrowedWords,
  firmnessCue,
  conditionCue,
  rangeCue,
  unusedStances,
  firstStanceUntaken,
  alternatingStances,
  quotePlaces,
];

// Every flag of every rule, without resolutions, in the Review's order; one rule per step, so
// a caller can let the page breathe between rules.
function* findFlagsStepwise(dataset: Dataset): Generator<void, ReviewFlag[]> {
  const context = createReviewContext(dataset);
  const flags: ReviewFlag[] = [];
  for (const rule of RULES) {
    yield;
    for (const flag of rule(context)) flags.push(flag);
  }
  return inReviewOrder(dataset, flags);
}

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function inReviewOrder(dataset: Dataset, flags: readonly ReviewFlag[]): ReviewFlag[] {
  const ruleOrder = new Map<string, number>(REVIEW_RULE_IDS.map((rule, index) => [rule, index]));
  const order = new Map<string, number>();
  const remember = (kind: string, list: ReadonlyArray<{ id: string }>) => {
    for (let i = 0; i < list.length; i++) order.set(`${kind}:${(list[i] as { id: string }).id}`, i);
  };
  remember("s", dataset.statements);
  remember("e", dataset.events ?? []);
  remember("i", dataset.issues);
  const place = (flag: ReviewFlag) => {
    const [kind, id] = flag.eventIds?.[0]
      ? ["e", flag.eventIds[0]]
      : flag.statementIds?.[0]
        ? ["s", flag.statementIds[0]]
        : ["i", flag.issueId ?? ""];
    return order.get(`${kind}:${id}`) ?? 0;
  };
  return flags
    .map((flag, index) => ({ flag, index, rule: ruleOrder.get(flag.rule) ?? 0, at: place(flag) }))
    .sort((a, b) => a.rule - b.rule || a.at - b.at || a.index - b.index)
    .map(({ flag }) => flag);
}

export interface Review {
  flags: ReviewedFlag[];
  unresolved: number;
  // Positions in meta.reviewed of resolutions no flag matches any more (the data was mended,
  // or the subject changed): worth deleting or recording again, never counted as unresolved.
  unmatched: number[];
}

// Returns the review of a dataset: every flag, resolved where meta.reviewed records it.
export function reviewDataset(dataset: Dataset): Review {
  return runToEnd(reviewStepwise(dataset));
}

// The same, one rule per step (see findFlagsStepwise): the view runs a large dataset's review so.
export function* reviewStepwise(dataset: Dataset): Generator<void, Review> {
  const found = yield* findFlagsStepwise(dataset);
  const recorded = dataset.meta.reviewed ?? [];
  const reasons = new Map<string, string>();
  for (const resolution of recorded) reasons.set(resolutionKey(resolution), resolution.reason);
  const matched = new Set<string>();
  const flags = found.map((flag): ReviewedFlag => {
    const key = subjectKey(flag);
    const reason = reasons.get(key);
    if (reason === undefined) return { ...flag, resolved: false };
    matched.add(key);
    return { ...flag, resolved: true, reason };
  });
  const unmatched: number[] = [];
  for (let i = 0; i < recorded.length; i++)
    if (!matched.has(resolutionKey(recorded[i] as ReviewResolution))) unmatched.push(i);
  return { flags, unresolved: flags.filter((flag) => !flag.resolved).length, unmatched };
}
