// A statements CSV from elsewhere: dates by year or month only, a repeated wrong date, and a
// header without several required columns. Expectations are worked out by hand.
import { describe, expect, it } from "vitest";
import { groupProblems } from "./groupProblems";
import { datasetFromStatementsCsv } from "./statementsCsv";

const read = (text: string) =>
  datasetFromStatementsCsv(text, { fileName: "talks.csv", today: "2026-01-02" });
const HEADER = "date,datePrecision,party,issue,stance,summary,source";
// A row on the issue Water: stances alternate, so the scale has its two ends.
const row = (date: string, precision = "", index = 0) =>
  `${date},${precision},Northland,Water,${index % 2 ? "Keep" : "Share"},Row ${index}.,Daily Post`;

describe("statements CSV dates", () => {
  it("reads YYYY and YYYY-MM as the first day, with year and month precision", () => {
    const result = read([HEADER, row("2023"), row("2024-05", "", 1), row("2024-06-17")].join("\n"));
    expect(
      result.ok ? result.value.statements.map((s) => [s.date, s.datePrecision]) : result.problems,
    ).toEqual([
      ["2023-01-01", "year"],
      ["2024-05-01", "month"],
      ["2024-06-17", "day"],
    ]);
  });

  it("refuses a precision column that contradicts a month date", () => {
    const result = read([HEADER, row("2024-05", "day"), row("2024-06-17", "", 1)].join("\n"));
    expect(result.ok || result.problems).toEqual([
      {
        path: "row 2, column datePrecision",
        expected: '"month" or nothing, as the date 2024-05 is a month',
        found: '"day"',
      },
    ]);
  });

  it("groups 13 different wrong dates on 315 rows as one kind of problem", () => {
    // 13 wrong values, each on rows 2, 15, 28…: 315 rows in all, every one wrong.
    const wrong = [
      "13/05/2023",
      "May 2023",
      "2023/05/01",
      "x",
      "2023-13-01",
      "2023-02-30",
      "05-2023",
      "20230501",
      "2023-5-1",
      "1 May 2023",
      "2023-00",
      "'23",
      "2023-05-01T10:00",
    ];
    const rows = Array.from({ length: 315 }, (_, i) => row(wrong[i % 13] as string, "", i));
    const result = read([HEADER, ...rows].join("\n"));
    if (result.ok) throw new Error("315 wrong dates were accepted");
    const { groups, hiddenCount } = groupProblems(result.problems);
    expect(hiddenCount).toBe(0);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      problem: { path: "row 2, column date", found: '"13/05/2023"' },
      count: 315,
      foundValues: ['"13/05/2023"', '"May 2023"', '"2023/05/01"'],
      foundCount: 13,
    });
  });

  it("reports every missing required column in one pass", () => {
    const result = read("when,who,summary\n2024-01-01,Northland,Wants water.\n");
    expect(result.ok || result.problems.map((problem) => problem.expected)).toEqual([
      'a column named "date"',
      'a column named "party"',
      'a column named "issue"',
      'a column named "source"',
    ]);
  });
});
