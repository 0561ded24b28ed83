// The review of the dataset shown, worked out once per dataset (every rule runs over the whole
// dataset: a flag is about the data, whatever the filters hide), with the statements and events
// by id for the flags to show.
import { useMemo } from "react";
import { type Review, reviewDataset } from "../../domain/review/reviewDataset";
import type { NegotiationEvent, Statement } from "../../domain/schema";
import { useScope } from "../../state/useScope";

export interface ReviewModel {
  review: Review;
  statements: ReadonlyMap<string, Statement>;
  events: ReadonlyMap<string, NegotiationEvent>;
  issueNames: ReadonlyMap<string, string>;
}

export function useReview(): ReviewModel {
  const { dataset } = useScope();
  return useMemo(
    () => ({
      review: reviewDataset(dataset),
      statements: new Map(dataset.statements.map((statement) => [statement.id, statement])),
      events: new Map((dataset.events ?? []).map((event) => [event.id, event])),
      issueNames: new Map(dataset.issues.map((issue) => [issue.id, issue.name])),
    }),
    [dataset],
  );
}
