// Small datasets for the review rules: two parties (north, south), one issue with four stances
// (a, b, c, d), and sources that carry a text only where a test gives one.
import { makeDataset, makeIssue, makeParty } from "../../__fixtures__/makeDataset";
import type { Dataset, NegotiationEvent, Source, Statement } from "../../schema";
import { createReviewContext, type ReviewContext } from "../reviewContext";

export { makeStatement } from "../../__fixtures__/makeDataset";

export function makeSource(id: string, text?: string): Source {
  return {
    id,
    outlet: `Outlet ${id}`,
    title: null,
    published: null,
    url: null,
    document: null,
    notes: null,
    ...(text === undefined ? {} : { text }),
  };
}

export function reviewFixture(parts: {
  statements: Statement[];
  sources?: Source[];
  events?: NegotiationEvent[];
  stances?: string[];
}): Dataset {
  const dataset = makeDataset("review-fixture", {
    parties: [makeParty("north"), makeParty("south")],
    issues: [makeIssue("border", parts.stances ?? ["a", "b", "c", "d"])],
    statements: parts.statements,
  });
  if (parts.sources) dataset.sources = parts.sources;
  if (parts.events) dataset.events = parts.events;
  return dataset;
}

export function contextOf(parts: Parameters<typeof reviewFixture>[0]): ReviewContext {
  return createReviewContext(reviewFixture(parts));
}

export function makeEvent(
  fields: Pick<NegotiationEvent, "id" | "date"> & Partial<NegotiationEvent>,
): NegotiationEvent {
  return {
    datePrecision: "day",
    title: `Event ${fields.id}`,
    description: "",
    partyIds: ["north"],
    sourceId: "source-1",
    ...fields,
  };
}
