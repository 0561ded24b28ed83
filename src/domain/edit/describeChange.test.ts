import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "../__fixtures__/makeDataset";
import type { Dataset, Issue, Source } from "../schema";
import { describeChange } from "./describeChange";

const s3 = makeStatement({
  id: "s3",
  date: "2025-02-01",
  partyId: "north",
  issueId: "water",
  stanceId: "share",
});

// makeParty("north") is "Party north" (NORTH); makeIssue names "Issue water" and labels each
// stance by its id; makeDataset's one source is source-1 of "Test Wire", with no headline.
function original(): Dataset {
  return makeDataset("labels", {
    parties: [makeParty("north")],
    issues: [makeIssue("water", ["keep", "share", "give"])],
    statements: [],
  });
}

const water = makeIssue("water", ["keep", "share", "give"]);
const replaceIssue = (issue: Issue) =>
  describeChange({ op: "replace", collection: "issues", item: issue }, original());

describe("describeChange", () => {
  it("names items by id without the dataset", () => {
    expect(describeChange({ op: "add", collection: "statements", item: s3 })).toBe(
      "Added statement s3",
    );
    expect(describeChange({ op: "remove", collection: "statements", id: "s1" })).toBe(
      "Deleted statement s1",
    );
    expect(describeChange({ op: "replace", collection: "parties", item: makeParty("north") })).toBe(
      "Edited party north",
    );
  });

  // s3 is makeStatement's "A spokesperson" on "Issue water", dated 1 February 2025.
  it("names statements by speaker, issue and date with the dataset", () => {
    expect(describeChange({ op: "add", collection: "statements", item: s3 }, original())).toBe(
      "Added statement: A spokesperson on Issue water, 1 February 2025",
    );
    const withS3 = { ...original(), statements: [s3] };
    expect(describeChange({ op: "remove", collection: "statements", id: "s3" }, withS3)).toBe(
      "Deleted statement: A spokesperson on Issue water, 1 February 2025",
    );
  });

  it("says what an edit of a statement changed, old → new", () => {
    const withS3 = { ...original(), statements: [s3] };
    const item = { ...s3, date: "2025-01-28", stanceId: "give" };
    expect(describeChange({ op: "replace", collection: "statements", item }, withS3)).toBe(
      "Edited statement: A spokesperson on Issue water, 1 February 2025 (date 1 February 2025 → 28 January 2025; stance “share” → “give”)",
    );
    const summary = { ...s3, summary: "Another summary.", speaker: { name: "Ana Velt", role: "" } };
    expect(describeChange({ op: "replace", collection: "statements", item: summary }, withS3)).toBe(
      "Edited statement: A spokesperson on Issue water, 1 February 2025 (speaker A spokesperson → Ana Velt; summary)",
    );
    const many = {
      ...item,
      summary: "Another summary.",
      quoteKind: "reported" as const,
      firmness: "demand" as const,
    };
    expect(describeChange({ op: "replace", collection: "statements", item: many }, withS3)).toBe(
      "Edited statement: A spokesperson on Issue water, 1 February 2025 (date 1 February 2025 → 28 January 2025; stance “share” → “give”; firmness none → demand; and 2 more)",
    );
  });

  it("says a party was renamed, from its old name to its new", () => {
    const item = { ...makeParty("north"), name: "Northern League" };
    expect(describeChange({ op: "replace", collection: "parties", item }, original())).toBe(
      "Renamed party “Party north” to “Northern League”",
    );
    const both = { ...item, shortName: "NL", color: "#112233" };
    expect(describeChange({ op: "replace", collection: "parties", item: both }, original())).toBe(
      "Renamed party “Party north” to “Northern League”; edited its short name, colour",
    );
    const short = { ...makeParty("north"), shortName: "N." };
    expect(describeChange({ op: "replace", collection: "parties", item: short }, original())).toBe(
      "Edited party “Party north”: short name",
    );
  });

  it("names a deleted or added party by name", () => {
    expect(describeChange({ op: "remove", collection: "parties", id: "north" }, original())).toBe(
      "Deleted party “Party north”",
    );
    expect(
      describeChange({ op: "add", collection: "parties", item: makeParty("east") }, original()),
    ).toBe("Added party “Party east”");
  });

  it("says what one edit of an issue did in one sentence", () => {
    expect(replaceIssue({ ...water, name: "Water shares" })).toBe(
      "Renamed issue “Issue water” to “Water shares”",
    );
    expect(replaceIssue({ ...water, description: "Who gets the river." })).toBe(
      "Edited the description of issue “Issue water”",
    );
    const renamedStance = water.stances.map((s) =>
      s.id === "share" ? { ...s, label: "Split" } : s,
    );
    expect(replaceIssue({ ...water, stances: renamedStance })).toBe(
      "Renamed stance “share” to “Split” on issue “Issue water”",
    );
    const added = [...water.stances, { id: "sell", label: "Sell it", description: "" }];
    expect(replaceIssue({ ...water, stances: added })).toBe(
      "Added stance “Sell it” to issue “Issue water”",
    );
    expect(replaceIssue({ ...water, stances: water.stances.slice(0, 2) })).toBe(
      "Removed stance “give” from issue “Issue water”",
    );
    expect(replaceIssue({ ...water, stances: [...water.stances].reverse() })).toBe(
      "Reordered the stances of issue “Issue water”",
    );
  });

  it("lists the edits of an issue edited in several ways", () => {
    const stances = water.stances.map((s) => (s.id === "keep" ? { ...s, label: "Hold" } : s));
    expect(replaceIssue({ ...water, name: "Water shares", stances })).toBe(
      "Edited issue “Issue water”: renamed it “Water shares”; renamed stance “keep” to “Hold”",
    );
  });

  it("says which fields of a source changed", () => {
    const [source] = original().sources as [Source];
    const label = (item: Source) =>
      describeChange({ op: "replace", collection: "sources", item }, original());
    expect(label({ ...source, title: "Dam talks" })).toBe(
      "Changed the headline of source “Test Wire, source-1” to “Dam talks”",
    );
    expect(label({ ...source, outlet: "Wire", text: "New text." })).toBe(
      "Edited source “Test Wire, source-1”: outlet, article text",
    );
  });

  it("names a batch by its first change and counts quotes it left without a place", () => {
    const [source] = original().sources as [Source];
    const unplaced = makeStatement({ ...s3, quote: "our water" });
    const placed = makeStatement({
      ...s3,
      id: "s4",
      quote: "the river",
      quoteStart: 0,
      quoteEnd: 9,
    });
    const batchLabel = describeChange(
      {
        op: "batch",
        changes: [
          { op: "replace", collection: "sources", item: { ...source, text: "the river" } },
          { op: "replace", collection: "statements", item: unplaced },
          { op: "replace", collection: "statements", item: placed },
        ],
      },
      original(),
    );
    expect(batchLabel).toBe(
      "Edited source “Test Wire, source-1”: article text; 1 quote is no longer in its text",
    );
  });
});
