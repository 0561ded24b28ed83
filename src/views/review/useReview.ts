// The review of the dataset shown (every rule runs over the whole dataset: a flag is about the
// data, whatever the filters hide), with the statements, events and issue names by id for the
// flags to show. Worked out once per dataset.
import { useEffect, useMemo, useState } from "react";
import { type Review, reviewDataset } from "../../domain/review/reviewDataset";
import type { Dataset, NegotiationEvent, Statement } from "../../domain/schema";
import { useScope } from "../../state/useScope";

export interface ReviewModel {
  review: Review;
  statements: ReadonlyMap<string, Statement>;
  events: ReadonlyMap<string, NegotiationEvent>;
  issueNames: ReadonlyMap<string, string>;
}

// Up to here the rules take a few tens of milliseconds and run as the view renders; above it
// (about a second at 100,000 statements) the view first paints that it is reviewing, so the
// tab answers the click at once.
const RENDER_LIMIT = 5_000;

function buildModel(dataset: Dataset): ReviewModel {
  return {
    review: reviewDataset(dataset),
    statements: new Map(dataset.statements.map((statement) => [statement.id, statement])),
    events: new Map((dataset.events ?? []).map((event) => [event.id, event])),
    issueNames: new Map(dataset.issues.map((issue) => [issue.id, issue.name])),
  };
}

// Returns the model, or null while a large dataset is still being reviewed.
export function useReview(): ReviewModel | null {
  const { dataset } = useScope();
  const isLarge = dataset.statements.length > RENDER_LIMIT;
  const now = useMemo(() => (isLarge ? null : buildModel(dataset)), [dataset, isLarge]);
  const [later, setLater] = useState<{ dataset: Dataset; model: ReviewModel } | null>(null);
  useEffect(() => {
    if (!isLarge) return;
    const timer = setTimeout(() => setLater({ dataset, model: buildModel(dataset) }), 0);
    return () => clearTimeout(timer);
  }, [dataset, isLarge]);
  return now ?? (later?.dataset === dataset ? later.model : null);
}
