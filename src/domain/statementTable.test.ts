import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import { filterByColumns, sortStatements } from "./statementTable";

// Three statements in date order; speakers chosen so name order differs from date order.
const dataset = makeDataset("table", {
  parties: [makeParty("north"), makeParty("south")],
  issues: [makeIssue("border", ["open", "partly-open", "closed"])],
  statements: [
    makeStatement({
      id: "s1",
      date: "2024-01-05",
      partyId: "south",
      issueId: "border",
      stanceId: "closed",
      speaker: { name: "Zoë Ward", role: "Envoy" },
    }),
    makeStatement({
      id: "s2",
      date: "2024-02-10",
      partyId: "north",
      issueId: "border",
      stanceId: null,
      speaker: { name: "Çetin Aksoy", role: "Minister" },
    }),
    makeStatement({
      id: "s3",
      date: "2024-03-15",
      partyId: "north",
      issueId: "border",
      stanceId: "open",
      speaker: { name: "bea Olsen", role: "Minister" },
    }),
  ],
});
const ids = (statements: readonly { id: string }[]) => statements.map((s) => s.id);

describe("sortStatements", () => {
  it.each([
    ["no sort keeps the input order", [], ["s1", "s2", "s3"]],
    ["date descending", [{ columnId: "date", desc: true }], ["s3", "s2", "s1"]],
    // bea < Çetin < Zoë when case and accents do not count (code-unit order: Zoë, bea, Çetin).
    [
      "speaker ascending, ignoring case and accents",
      [{ columnId: "speaker", desc: false }],
      ["s3", "s2", "s1"],
    ],
    // Positions: s1 = 2, s3 = 0, s2 = none (last).
    [
      "stance position puts no stance last",
      [{ columnId: "stance-position", desc: false }],
      ["s3", "s1", "s2"],
    ],
    // north (s2, s3) before south (s1); ties on party broken by the second key, date desc.
    [
      "party, then date descending",
      [
        { columnId: "party", desc: false },
        { columnId: "date", desc: true },
      ],
      ["s3", "s2", "s1"],
    ],
    ["ties keep input order", [{ columnId: "issue", desc: true }], ["s1", "s2", "s3"]],
    ["unknown columns are ignored", [{ columnId: "nope", desc: true }], ["s1", "s2", "s3"]],
  ])("%s", (_name, sort, expected) => {
    expect(ids(sortStatements(dataset, dataset.statements, sort))).toEqual(expected);
  });

  it("returns the input itself when there is nothing to sort by", () => {
    expect(sortStatements(dataset, dataset.statements, [])).toBe(dataset.statements);
  });
});

describe("filterByColumns", () => {
  it.each([
    ["no filters", {}, ["s1", "s2", "s3"]],
    ["blank filters", { party: "  " }, ["s1", "s2", "s3"]],
    ["party contains", { party: "NORTH" }, ["s2", "s3"]],
    ["accent-insensitive speaker", { speaker: "cetin" }, ["s2"]],
    ["stance label", { stance: "clear" }, ["s2"]],
    ["all filters must match", { party: "north", speaker: "olsen" }, ["s3"]],
    ["no match", { issue: "zzz" }, []],
    ["unknown column ignored", { nope: "x" }, ["s1", "s2", "s3"]],
  ])("%s", (_name, filters, expected) => {
    expect(ids(filterByColumns(dataset, dataset.statements, filters))).toEqual(expected);
  });
});
