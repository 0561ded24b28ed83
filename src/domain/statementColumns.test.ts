import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty, makeStatement } from "./__fixtures__/makeDataset";
import { writeCsv } from "./csv";
import { STATEMENT_COLUMN_IDS } from "./statementColumnIds";
import {
  formatStatementDate,
  STATEMENT_COLUMNS,
  statementsToRows,
  writeStatementsCsv,
} from "./statementColumns";
import { NO_STANCE } from "./statementText";

const dataset = makeDataset("columns", {
  parties: [makeParty("north"), makeParty("south")],
  issues: [makeIssue("border", ["open", "partly-open", "closed"])],
  statements: [
    makeStatement({
      id: "s1",
      date: "2024-06-14",
      partyId: "north",
      issueId: "border",
      stanceId: "closed",
      speaker: { name: "Ana Łukasz", role: "Minister" },
      summary: "Wants the border closed, for now.",
      quote: '"Closed," she said.',
    }),
    makeStatement({
      id: "s2",
      date: "2024-03-01",
      datePrecision: "month",
      partyId: "south",
      issueId: "border",
      stanceId: null,
    }),
  ],
});
const stance = (id: string, label: string) => ({ id, label, description: "" });
const [closed, unplaced] = dataset.statements as [
  (typeof dataset.statements)[0],
  (typeof dataset.statements)[0],
];

describe("statementsToRows", () => {
  it("writes the header and one row per statement, columns in the order asked", () => {
    expect(
      statementsToRows(dataset, [closed], ["stance-position", "party", "date", "stance"]),
    ).toEqual([
      ["Stance position", "Party", "Date", "Stance"],
      ["3 of 3", "Party north", "2024-06-14", "closed"],
    ]);
  });

  it("shows no position and 'No clear stance' for a null stance", () => {
    expect(statementsToRows(dataset, [unplaced], ["stance", "stance-position"])).toEqual([
      ["Stance", "Stance position"],
      [NO_STANCE, ""],
    ]);
  });

  it("fills source columns from the statement's source, empty for null fields", () => {
    expect(
      statementsToRows(dataset, [closed], ["source", "source-title", "source-published"]),
    ).toEqual([
      ["Source", "Source title", "Source published"],
      ["Test Wire", "", ""],
    ]);
  });

  it("skips unknown column ids", () => {
    expect(statementsToRows(dataset, [closed], ["nope", "speaker"])).toEqual([
      ["Speaker"],
      ["Ana Łukasz"],
    ]);
  });

  it("gives a header-only table for no statements", () => {
    expect(statementsToRows(dataset, [], ["date"])).toEqual([["Date"]]);
  });

  it("feeds writeCsv a summary with a comma and a quote with quotes", () => {
    expect(writeCsv(statementsToRows(dataset, [closed], ["summary", "quote"]))).toBe(
      '\uFEFFSummary,Quote\r\n"Wants the border closed, for now.","""Closed,"" she said."\r\n',
    );
  });
});

describe("writeStatementsCsv", () => {
  it("writes the same file as writeCsv over statementsToRows, for every column", () => {
    const ids = [...STATEMENT_COLUMNS.map((column) => column.id), "nope"];
    expect(writeStatementsCsv(dataset, [closed, unplaced], ids)).toBe(
      writeCsv(statementsToRows(dataset, [closed, unplaced], ids)),
    );
  });

  it("tells apart stances with the same id on different issues", () => {
    const twoIssues = makeDataset("shared-stance-ids", {
      parties: [makeParty("north")],
      issues: [
        { ...makeIssue("border", ["open", "closed"]), stances: [stance("open", "Border open")] },
        { ...makeIssue("trade", ["open"]), stances: [stance("open", "Trade open")] },
      ],
      statements: [
        makeStatement({
          id: "b",
          date: "2024-01-02",
          partyId: "north",
          issueId: "border",
          stanceId: "open",
        }),
        makeStatement({
          id: "t",
          date: "2024-01-03",
          partyId: "north",
          issueId: "trade",
          stanceId: "open",
        }),
      ],
    });
    expect(writeStatementsCsv(twoIssues, twoIssues.statements, ["stance"])).toBe(
      "\uFEFFStance\r\nBorder open\r\nTrade open\r\n",
    );
  });

  it("keeps the asked column order", () => {
    expect(writeStatementsCsv(dataset, [closed], ["speaker", "date"])).toBe(
      "\uFEFFSpeaker,Date\r\nAna Łukasz,2024-06-14\r\n",
    );
  });
});

describe("formatStatementDate", () => {
  it.each([
    ["day", "2024-06-14", "2024-06-14"],
    ["month", "2024-06-01", "2024-06"],
    ["year", "2024-01-01", "2024"],
  ] as const)("shows %s precision as %s → %s", (datePrecision, date, expected) => {
    expect(formatStatementDate({ ...closed, date, datePrecision })).toBe(expected);
  });
});

describe("STATEMENT_COLUMN_IDS", () => {
  // The URL checks ids against the light list; the table and CSV use the definitions.
  it("lists every column's id, in table order, and nothing else", () => {
    expect(STATEMENT_COLUMNS.map((column) => column.id)).toEqual([...STATEMENT_COLUMN_IDS]);
  });
});
