import { describe, expect, it } from "vitest";
import { nullStancesAndTies } from "../../domain/__fixtures__/nullStancesAndTies";
import { gapSeries } from "../../domain/gapSeries";
import { stanceSeries } from "../../domain/stanceSeries";
import { gapTableRows, stanceTableRows } from "./tableRows";

const crimea = nullStancesAndTies.issues[0];
if (!crimea) throw new Error("fixture changed");

describe("stanceTableRows", () => {
  it("lists every statement by date, with no-stance ones labelled", () => {
    const rows = stanceTableRows(
      nullStancesAndTies,
      crimea,
      stanceSeries(nullStancesAndTies, "crimea"),
    );
    expect(rows.map((row) => [row.statement.id, row.stanceLabel])).toEqual([
      ["ua-0", "No clear stance"],
      ["ua-1", "return-to-ukraine"],
      ["ru-1b", "part-of-russia"],
      ["ru-1a", "status-talks"],
      ["ua-2", "status-talks"],
      ["ua-3", "No clear stance"],
      ["ru-3", "No clear stance"],
      ["ru-4", "return-to-ukraine"],
      ["ru-5", "status-talks"],
    ]);
    expect(rows[0]?.partyName).toBe("Party ua");
  });
});

describe("gapTableRows", () => {
  it("names both stances of each gap point", () => {
    const rows = gapTableRows([
      { issue: crimea, points: gapSeries(nullStancesAndTies, "crimea", "ua", "ru") },
    ]);
    expect(rows[0]).toMatchObject({ stanceA: "return-to-ukraine", stanceB: "status-talks" });
  });
});
