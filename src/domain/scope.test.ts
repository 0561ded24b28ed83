import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import { createScope, indexDataset, NO_FILTERS, resolveChoices } from "./scope";

// Territory has 3 stances. ru: t2 on 01-10, t1 on 03-10; ua: t0 on 02-10. Nato: ua n0 on 03-10.
const dataset = makeDataset("scope-test", {
  parties: [makeParty("ru"), makeParty("ua"), makeParty("us")],
  issues: [makeIssue("territory", ["t0", "t1", "t2"]), makeIssue("nato", ["n0", "n1"])],
  statements: [
    makeStatement({
      id: "ru-2",
      date: "2024-03-10",
      partyId: "ru",
      issueId: "territory",
      stanceId: "t1",
      summary: "Moved to the middle.",
    }),
    makeStatement({
      id: "ru-1",
      date: "2024-01-10",
      partyId: "ru",
      issueId: "territory",
      stanceId: "t2",
      sourceId: "wire",
    }),
    makeStatement({
      id: "ua-1",
      date: "2024-02-10",
      partyId: "ua",
      issueId: "territory",
      stanceId: "t0",
      sourceId: "wire",
    }),
    makeStatement({
      id: "ua-2",
      date: "2024-03-10",
      partyId: "ua",
      issueId: "nato",
      stanceId: "n0",
    }),
  ],
});
const indexed = indexDataset(dataset);
const ids = (list: readonly { id: string }[]) => list.map((record) => record.id);

describe("createScope", () => {
  it("lists every statement in date order, and every date, with no filters", () => {
    const scope = createScope(indexed, NO_FILTERS);
    expect(ids(scope.statements)).toEqual(["ru-1", "ua-1", "ru-2", "ua-2"]);
    expect(scope.dates).toEqual(["2024-01-10", "2024-02-10", "2024-03-10"]);
    expect(scope.isNarrowedByStatements).toBe(false);
  });

  it("keeps the statements every filter leaves, and shows the chosen issues and parties", () => {
    const scope = createScope(indexed, { ...NO_FILTERS, partyIds: ["ua"], from: "2024-03-01" });
    expect(ids(scope.statements)).toEqual(["ua-2"]);
    expect(ids(scope.parties)).toEqual(["ua"]);
    expect(ids(scope.issues)).toEqual(["territory", "nato"]);
    // ua-1 is in a shown cell but before "From".
    expect(scope.isNarrowedByStatements).toBe(true);
  });

  it("is not narrowed when only the issue and party filters are on", () => {
    const scope = createScope(indexed, { ...NO_FILTERS, issueIds: ["nato"] });
    expect(ids(scope.statements)).toEqual(["ua-2"]);
    expect(scope.isNarrowedByStatements).toBe(false);
  });

  it("places parties the party filter hides, so a gap with them can still be measured", () => {
    const scope = createScope(indexed, { ...NO_FILTERS, partyIds: ["ua"] });
    const territory = scope.positionsAt("2024-03-31").rows[0];
    expect(territory?.cells.map((cell) => cell.stance?.id ?? null)).toEqual(["t1", "t0", null]);
  });

  it("uses only the statements the word filter leaves for positions", () => {
    const scope = createScope(indexed, { ...NO_FILTERS, text: "middle" });
    const territory = scope.positionsAt("2024-03-31").rows[0];
    expect(territory?.cells.map((cell) => cell.stance?.id ?? null)).toEqual(["t1", null, null]);
  });

  it("works out the positions at a date once per scope", () => {
    const scope = createScope(indexed, NO_FILTERS);
    expect(scope.positionsAt("2024-02-10")).toBe(scope.positionsAt("2024-02-10"));
    expect(scope.positionsAt("2024-02-10")).not.toBe(scope.positionsAt("2024-03-10"));
  });

  it("finds the one change between two dates, either way round", () => {
    const scope = createScope(indexed, NO_FILTERS);
    const changes = scope.changesBetween("2024-03-10", "2024-02-10");
    expect(
      changes.map((change) => [change.partyId, change.fromStance?.id, change.toStance.id]),
    ).toEqual([
      ["ru", "t2", "t1"],
      ["ua", undefined, "n0"],
    ]);
  });

  it("looks records up by id, and a source's statements in date order", () => {
    const scope = createScope(indexed, NO_FILTERS);
    expect(scope.party("ua")?.name).toBe("Party ua");
    expect(scope.issue("gone")).toBeUndefined();
    expect(ids(scope.sourceStatements("wire"))).toEqual(["ru-1", "ua-1"]);
    expect(scope.sourceStatements("none")).toEqual([]);
  });
});

describe("resolveChoices", () => {
  const none = { asOf: null, compareFrom: null, gapParties: null };

  it("follows the latest date, with every date to pick from, and the first two parties", () => {
    const choices = resolveChoices(createScope(indexed, NO_FILTERS), none);
    expect(choices.asOf).toEqual({ date: "2024-03-10", reason: "latest" });
    expect(choices.newestAsOf).toBe("2024-03-10");
    expect(choices.asOfDates).toHaveLength(3);
    expect(choices.compareFrom).toBeNull();
    expect(choices.gapPair && ids(choices.gapPair)).toEqual(["ru", "ua"]);
  });

  it("stops as-of at the date filter's To, and offers only the dates up to it", () => {
    const scope = createScope(indexed, { ...NO_FILTERS, to: "2024-02-20" });
    const choices = resolveChoices(scope, { ...none, compareFrom: "2024-03-01" });
    expect(choices.asOf).toEqual({ date: "2024-02-20", reason: "filter-end" });
    expect(choices.newestAsOf).toBe("2024-02-20");
    expect(choices.asOfDates).toEqual(["2024-01-10", "2024-02-10"]);
    expect(choices.compareFrom).toBe("2024-02-20");
  });

  it("offers as event stops the events from the first statement date to newest as-of", () => {
    // Statements run 2024-01-10 to 2024-03-10; "To" cuts as-of at 2024-02-20.
    const event = (id: string, date: string) => ({
      id,
      date,
      datePrecision: "day" as const,
      title: `Event ${id}`,
      description: "",
      partyIds: [],
      sourceId: "source-1",
    });
    const withEvents = indexDataset({
      ...dataset,
      events: [
        event("late", "2024-03-01"),
        event("early", "2024-01-01"),
        event("mid", "2024-02-01"),
      ],
    });
    const all = resolveChoices(createScope(withEvents, NO_FILTERS), none);
    expect(all.eventStops.map((stop) => stop.eventId)).toEqual(["mid", "late"]);
    const cut = resolveChoices(createScope(withEvents, { ...NO_FILTERS, to: "2024-02-20" }), none);
    expect(cut.eventStops).toEqual([
      { date: "2024-02-01", label: "1 February 2024: Event mid", eventId: "mid" },
    ]);
  });

  it("keeps the gap pair the same whatever the party filter shows, once chosen", () => {
    const scope = createScope(indexed, { ...NO_FILTERS, partyIds: ["us"] });
    expect(ids(resolveChoices(scope, none).gapPair ?? [])).toEqual(["us", "ru"]);
    const chosen = resolveChoices(scope, { ...none, gapParties: ["ua", "ru"] });
    expect(ids(chosen.gapPair ?? [])).toEqual(["ua", "ru"]);
  });
});
