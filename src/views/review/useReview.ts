// The review of the dataset shown (every rule runs over the whole dataset: a flag is about the
// data, whatever the filters hide), with the statements, events and issue names by id for the
// flags to show. Worked out once per dataset.
import { useEffect, useMemo, useState } from "react";
import { type Review, reviewDataset, reviewStepwise } from "../../domain/review/reviewDataset";
import type { Dataset, NegotiationEvent, Statement } from "../../domain/schema";
import { useScope } from "../../state/useScope";

export interface ReviewModel {
  review: Review;
  statements: ReadonlyMap<string, Statement>;
  events: ReadonlyMap<string, NegotiationEvent>;
  issueNames: ReadonlyMap<string, string>;
}

// Up to here the rules take a few tens of milliseconds and run as the view renders; above it
// (seconds at 100,000 statements) the view first paints that it is reviewing, then runs one
// rule per task, so the tab answers the click at once and the page stays usable.
const RENDER_LIMIT = 5_000;

function modelOf(dataset: Dataset, review: Review): ReviewModel {
  return {
    review,
    statements: new Map(dataset.statements.map((statement) => [statement.id, statement])),
    events: new Map((dataset.events ?? []).map((event) => [event.id, event])),
    issueNames: new Map(dataset.issues.map((issue) => [issue.id, issue.name])),
  };
}

// Returns the model, or null while a large dataset is still being reviewed.
export function useReview(): ReviewModel | null {
  const { dataset } = useScope();
  const isLarge = dataset.statements.length > RENDER_LIMIT;
  const now = useMemo(
    () => (isLarge ? null : modelOf(dataset, reviewDataset(dataset))),
    [dataset, isLarge],
  );
  const [later, setLater] = useState<{ dataset: Dataset; model: ReviewModel } | null>(null);
  useEffect(() => {
    if (!isLarge) return;
    // One rule per task, so the page keeps answering between them.
    const steps = reviewStepwise(dataset);
    let timer = setTimeout(function next() {
      const step = steps.next();
      if (step.done) setLater({ dataset, model: modelOf(dataset, step.value) });
      else timer = setTimeout(next, 0);
    }, 0);
    return () => clearTimeout(timer);
  }, [dataset, isLarge]);
  return now ?? (later?.dataset === dataset ? later.model : null);
}
