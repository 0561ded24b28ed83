// How a statements CSV's header and rows are read: names as the export writes them or as the
// template does, in any case; a European (semicolon) file; and what cannot be used, reported.
import { describe, expect, it } from "vitest";
import { readDatasetFile } from "./readDatasetFile";
import { datasetFromStatementsCsv } from "./statementsCsv";

const today = "2026-01-02";
const read = (text: string, fileName = "talks.csv") =>
  datasetFromStatementsCsv(text, { fileName, today });
const rows = (header: string, separator = ",") =>
  [
    header,
    ["2024-03-01", "Northland", "Water", "Share", "1", "Wants shares.", "Daily Post"].join(
      separator,
    ),
    ["2024-03-02", "Southland", "Water", "Keep", "2", "Wants to keep.", "Daily Post"].join(
      separator,
    ),
  ].join("\r\n");

describe("statements CSV header", () => {
  it.each([
    ["the template's names", "date,party,issue,stance,stanceRank,summary,source"],
    ["the export's names", "Date,Party,Issue,Stance,Stance position,Summary,Source outlet"],
    ["names in another case", "DATE,PARTY,ISSUE,STANCE,STANCE POSITION,SUMMARY,SOURCE"],
    ["snake case", "date,party,issue,stance,stance_rank,summary,source"],
  ])("reads %s", (_name, header) => {
    const result = read(rows(header));
    expect(
      result.ok ? result.value.statements.map((s) => [s.partyId, s.stanceId]) : result.problems,
    ).toEqual([
      ["northland", "share"],
      ["southland", "keep"],
    ]);
  });

  it("reads a semicolon-separated file (Excel in much of Europe), commas inside cells kept", () => {
    const text = rows("Date;Party;Issue;Stance;Stance position;Summary;Source outlet", ";").replace(
      "Wants shares.",
      "Wants shares, now.",
    );
    const result = readDatasetFile({
      name: "eu.csv",
      bytes: new TextEncoder().encode(text),
      today,
    });
    expect(result.ok ? result.value.statements.map((s) => s.summary) : result.problems).toEqual([
      "Wants shares, now.",
      "Wants to keep.",
    ]);
  });

  it("reports a column named twice", () => {
    const result = read(rows("date,party,issue,stance,Party,summary,source"));
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: "row 1, column 5",
        expected: 'each column named once ("party" is column 2)',
        found: '"Party"',
      },
    ]);
  });

  it("reports cells beyond the header, not ignoring them", () => {
    const text = `${rows("date,party,issue,stance,stanceRank,summary,source")},extra text\r\n`;
    const result = read(text);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: "row 3",
        expected: "at most 7 cells, as the header has",
        found: '8 cells (beyond the header: "extra text")',
      },
    ]);
  });

  it("accepts empty cells after the last column, as spreadsheets write them", () => {
    expect(read(`${rows("date,party,issue,stance,stanceRank,summary,source")},,\r\n`).ok).toBe(
      true,
    );
  });

  it("names columns it does not know in a warning and leaves them out", () => {
    const withUnknown = read(
      rows("date,party,issue,stance,stanceRank,summary,source").replace(
        "source",
        "source,colour,notes,reportedby",
      ),
    );
    expect(withUnknown.ok && withUnknown.warnings).toEqual([
      "2 fields were not recognised and were left out: colour, notes.",
    ]);
  });

  it("gives a Cyrillic file name a readable id", () => {
    const result = read(
      rows("date,party,issue,stance,stanceRank,summary,source"),
      "Переговоры.csv",
    );
    expect(result.ok && [result.value.meta.id, result.value.meta.title]).toEqual([
      "peregovory",
      "Переговоры",
    ]);
  });
});
