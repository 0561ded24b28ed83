// The statements CSV reads back what it writes (issue 10): export every statement, open the
// file, and get the same statements back, field by field, compared with the fixture files.
import { describe, expect, it } from "vitest";
import defaultDataset from "../../../data/russia-ukraine.json";
import { makeDataset, makeIssue, makeParty, makeStatement } from "../__fixtures__/makeDataset";
import riverland from "../__fixtures__/riverland-v1.json";
import type { Dataset, Statement } from "../schema";
import { csvExportColumnIds, writeStatementsCsv } from "../statementColumns";
import { datasetFromStatementsCsv } from "./statementsCsv";

const today = "2026-01-02";
const exportAll = (dataset: Dataset) =>
  writeStatementsCsv(dataset, dataset.statements, csvExportColumnIds(["date", "party", "summary"]));

// The optional fields a CSV cannot tell apart when absent or null: both read back absent.
const OPTIONAL = ["reportedBy", "firmness", "acceptable", "dateBasis", "alsoIn", "conditionLinks"];
function withoutEmptyOptionals(statement: Statement): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...statement };
  for (const field of OPTIONAL)
    if (copy[field] === null || copy[field] === undefined) delete copy[field];
  return copy;
}

function reimport(dataset: Dataset) {
  const result = datasetFromStatementsCsv(exportAll(dataset), { fileName: "back.csv", today });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result.value;
}

describe("statements CSV round trip", () => {
  it.each([
    ["the default dataset", defaultDataset as Dataset],
    ["the Riverland fixture", riverland as Dataset],
  ])("gives back every statement of %s, field by field", (_name, fixture) => {
    const back = reimport(fixture);
    expect(back.statements).toHaveLength(fixture.statements.length);
    fixture.statements.forEach((statement, i) => {
      expect(withoutEmptyOptionals(back.statements[i] as Statement), statement.id).toEqual(
        withoutEmptyOptionals(statement),
      );
    });
  });

  it("keeps the Riverland parties' names and every place on each scale", () => {
    const back = reimport(riverland as Dataset);
    // In the order the statements first name them, which is not the fixture's order.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...back.parties].sort(byId).map((p) => [p.id, p.name])).toEqual(
      [...riverland.parties].sort(byId).map((p) => [p.id, p.name]),
    );
    // Allocation's six places as the fixture orders them; those no statement takes say so.
    const used = new Set(
      riverland.statements.filter((s) => s.issueId === "allocation").map((s) => s.stanceId),
    );
    const allocation = riverland.issues.find((issue) => issue.id === "allocation");
    expect(
      back.issues.find((issue) => issue.id === "allocation")?.stances.map((s) => s.label),
    ).toEqual(
      allocation?.stances.map((s, i) =>
        used.has(s.id) ? s.label : `Stance ${i + 1} of 6 (not named in this file)`,
      ),
    );
    expect(back.sources.find((s) => s.id === "gazette-0312")).toMatchObject({
      outlet: "Riverland Gazette (fictional)",
      title: "Upland opens water talks with a hard line",
      published: "2025-03-12",
      url: "https://example.org/riverland/gazette-0312",
    });
  });

  it("gives back texts holding formula payloads exactly, the escape quote taken away", () => {
    // The writer puts a quote before each formula lead a spreadsheet could see (issue 24);
    // re-importing must give back the very text, including quotes the text already had.
    const texts = [
      "Upland;=1+1;",
      "x;=cmd|' /C calc'!A0;",
      "=SUM(A1)",
      "'=already quoted",
      "a\t@b",
      "one\n-2",
      'b;"=1',
    ];
    const dataset = makeDataset("payloads", {
      parties: [makeParty("north")],
      issues: [makeIssue("land", ["keep", "cede"])],
      statements: texts.map((text, i) =>
        makeStatement({
          id: `p${i}`,
          date: "2024-03-01",
          partyId: "north",
          issueId: "land",
          stanceId: "keep",
          summary: text,
          quote: `${text} (quote)`,
          conditions: text,
          speaker: { name: `Speaker ${i};=1+1`, role: text },
        }),
      ),
    });
    const back = reimport(dataset);
    expect(back.statements.map((s) => [s.summary, s.quote, s.conditions, s.speaker])).toEqual(
      texts.map((text, i) => [
        text,
        `${text} (quote)`,
        text,
        { name: `Speaker ${i};=1+1`, role: text },
      ]),
    );
  });

  it("gives back every v2 field", () => {
    const dataset = makeDataset("v2-csv", {
      parties: [makeParty("north"), makeParty("south")],
      issues: [
        makeIssue("land", ["keep", "split", "cede"]),
        makeIssue("sea", ["open", "shared", "closed"]),
      ],
      statements: [
        makeStatement({
          id: "n1",
          date: "2024-03-01",
          datePrecision: "month",
          dateNote: "March; the article says 'early spring'",
          partyId: "north",
          issueId: "land",
          stanceId: "split",
          quote: "we may split it",
          firmness: "floated",
          acceptable: { from: "keep", to: "split" },
          dateBasis: "standing",
          alsoIn: ["wire-2"],
          conditionLinks: [
            { issueId: "sea", stanceId: "closed" },
            { issueId: "sea", stanceId: "shared" },
          ],
          quoteStart: 4,
          quoteEnd: 19,
          reportedBy: { name: "Foreign minister of South", role: "Minister" },
          conditions: "only if the sea is shared",
        }),
        makeStatement({
          id: "s1",
          date: "2024-03-02",
          partyId: "south",
          issueId: "land",
          stanceId: "keep",
        }),
        makeStatement({
          id: "s2",
          date: "2024-03-02",
          partyId: "south",
          issueId: "sea",
          stanceId: "open",
          sourceId: "wire-2",
        }),
        makeStatement({
          id: "s3",
          date: "2024-03-03",
          partyId: "north",
          issueId: "sea",
          stanceId: "closed",
          firmness: "red-line",
        }),
      ],
    });
    dataset.sources[0]!.kind = "state-media";
    dataset.sources.push({
      ...dataset.sources[0]!,
      id: "wire-2",
      outlet: "Second Wire",
      kind: "official",
    });
    const back = reimport(dataset);
    expect(back.statements.map(withoutEmptyOptionals)).toEqual(
      dataset.statements.map(withoutEmptyOptionals),
    );
    expect(back.sources.map((s) => [s.id, s.kind])).toEqual([
      ["source-1", "state-media"],
      ["wire-2", "official"],
    ]);
    // "shared" is taken by no statement; its place comes from the link's "(2 of 3)".
    expect(back.issues.find((i) => i.id === "sea")?.stances.map((s) => s.id)).toEqual([
      "open",
      "shared",
      "closed",
    ]);
  });

  it("writes full ISO dates with the precision in its own column", () => {
    const dataset = makeDataset("dates", {
      parties: [makeParty("a")],
      issues: [makeIssue("i", ["x", "y"])],
      statements: [
        makeStatement({
          id: "m",
          date: "2024-06-01",
          datePrecision: "month",
          partyId: "a",
          issueId: "i",
          stanceId: "x",
        }),
      ],
    });
    const csv = writeStatementsCsv(dataset, dataset.statements, ["date", "precision"]);
    expect(csv).toBe("\uFEFFDate,Date precision\r\n2024-06-01,month\r\n");
  });
});
