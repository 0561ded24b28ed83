// When two statements of one party contradict each other: the user can change both, so the
// store keeps them. Apart from contradictions.ts so the store (in the first view) does not
// load the search itself.
export interface ContradictionThresholds {
  // Stances at least this many steps apart disagree.
  minSteps: number;
  // Statements at most this many days apart are "at the same time".
  maxDays: number;
}

export const DEFAULT_THRESHOLDS: ContradictionThresholds = { minSteps: 2, maxDays: 30 };
