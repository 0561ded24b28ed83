import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "../__fixtures__/makeDataset";
import type { Dataset, Source, Statement } from "../schema";
import { applyChange, inverseOf } from "./changes";
import { editDataset } from "./editDataset";
import { planSourceEdit } from "./sourceEdit";

// One article and three quotes coded from it: "the dam is ours" at 12–27 and "joint control"
// at 43–56 (counted by hand), and "shared water", which the article never had.
const TEXT = "Upland says the dam is ours. Midvale wants joint control now.";

function article(): Dataset {
  const base = makeDataset("article", {
    parties: [makeParty("upland"), makeParty("midvale")],
    issues: [makeIssue("dam", ["build", "joint", "halt"])],
    statements: [
      makeStatement({
        id: "a",
        date: "2025-01-10",
        partyId: "upland",
        issueId: "dam",
        stanceId: "build",
        quote: "the dam is ours",
        quoteStart: 12,
        quoteEnd: 27,
      }),
      makeStatement({
        id: "b",
        date: "2025-01-10",
        partyId: "midvale",
        issueId: "dam",
        stanceId: "joint",
        quote: "joint control",
        quoteStart: 43,
        quoteEnd: 56,
      }),
      makeStatement({
        id: "c",
        date: "2025-01-10",
        partyId: "midvale",
        issueId: "dam",
        stanceId: "joint",
        quote: "shared water",
      }),
    ],
  });
  const [source] = base.sources as [Source];
  return { ...base, sources: [{ ...source, text: TEXT }] };
}

function withText(text: string | null): Source {
  const [source] = article().sources as [Source];
  return { ...source, text };
}

function statementsAfter(dataset: Dataset, text: string | null): Statement[] {
  const plan = planSourceEdit(dataset, withText(text));
  if (!plan) throw new Error("no plan");
  const result = editDataset(dataset, plan.change);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset.statements;
}

describe("planSourceEdit", () => {
  it("re-places quotes the new text still holds, at their new offsets", () => {
    // "Midvale wants joint control now. Upland says the dam is ours.": "joint control" now
    // at 14–27, "the dam is ours" at 45–60.
    const text = "Midvale wants joint control now. Upland says the dam is ours.";
    const plan = planSourceEdit(article(), withText(text));
    expect(plan?.unverifiedIds).toEqual([]);
    expect(plan?.quoted).toBe(3);
    expect(plan?.verified).toBe(2);
    const [a, b, c] = statementsAfter(article(), text);
    expect([a?.quoteStart, a?.quoteEnd]).toEqual([45, 60]);
    expect([b?.quoteStart, b?.quoteEnd]).toEqual([14, 27]);
    expect(c?.quoteStart).toBeUndefined();
  });

  it("keeps a statement whose quote the new text lost, without its place", () => {
    const text = "Midvale wants joint control now.";
    const plan = planSourceEdit(article(), withText(text));
    expect(plan?.unverifiedIds).toEqual(["a"]);
    expect(plan?.verified).toBe(1);
    const statements = statementsAfter(article(), text);
    expect(statements.map((s) => s.id)).toEqual(["a", "b", "c"]);
    const [a, b] = statements;
    expect(a?.quote).toBe("the dam is ours");
    expect(a?.quoteStart).toBeUndefined();
    expect(a?.quoteEnd).toBeUndefined();
    expect([b?.quoteStart, b?.quoteEnd]).toEqual([14, 27]);
  });

  it("takes the quote as the new text spaces it, so its offsets hold it exactly", () => {
    const text = "Upland says the dam\nis ours. Midvale wants joint control now.";
    const [a] = statementsAfter(article(), text);
    expect(a?.quote).toBe("the dam\nis ours");
    expect([a?.quoteStart, a?.quoteEnd]).toEqual([12, 27]);
  });

  it("changes no statement when the quotes stay where they were", () => {
    const plan = planSourceEdit(article(), withText(`${TEXT} Talks resume in May.`));
    expect(plan?.change.op).toBe("replace");
    expect(plan?.unverifiedIds).toEqual([]);
  });

  it("counts every verified quote as unverified when the text is removed", () => {
    const plan = planSourceEdit(article(), withText(null));
    expect(plan?.unverifiedIds).toEqual(["a", "b"]);
    expect(plan?.verified).toBe(0);
    const [a, b] = statementsAfter(article(), null);
    expect(a?.quoteStart).toBeUndefined();
    expect(b?.quoteStart).toBeUndefined();
  });

  it("edits only the source when its text is unchanged", () => {
    const [source] = article().sources as [Source];
    const plan = planSourceEdit(article(), { ...source, title: "Dam talks" });
    expect(plan?.change).toEqual({
      op: "replace",
      collection: "sources",
      item: { ...source, title: "Dam talks" },
    });
  });

  it("is needed: the source's new text alone is refused by the validator", () => {
    const result = editDataset(article(), {
      op: "replace",
      collection: "sources",
      item: withText("Midvale wants joint control now."),
    });
    expect(result.ok).toBe(false);
  });

  it("is undone as one change", () => {
    const dataset = article();
    const plan = planSourceEdit(dataset, withText("Midvale wants joint control now."));
    if (!plan) throw new Error("no plan");
    const inverse = inverseOf(dataset, plan.change);
    if (!inverse) throw new Error("no inverse");
    expect(applyChange(applyChange(dataset, plan.change), inverse)).toEqual(dataset);
  });

  it("returns null for a source the dataset does not have", () => {
    expect(planSourceEdit(article(), { ...withText(TEXT), id: "source-9" })).toBeNull();
  });
});
