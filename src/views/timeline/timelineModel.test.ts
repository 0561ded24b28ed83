import { describe, expect, it } from "vitest";
import { nullStancesAndTies } from "../../domain/__fixtures__/nullStancesAndTies";
import { buildGaps, buildTimeline } from "./timelineModel";
import { toIsoDate } from "./timeTicks";

const open = { issueIds: [], partyIds: [], from: null, to: null };

describe("buildTimeline", () => {
  it("shows every issue and party when nothing is filtered", () => {
    const model = buildTimeline(nullStancesAndTies, open);
    expect(model.issues.map((entry) => entry.issue.id)).toEqual(["crimea", "ceasefire"]);
    expect(model.issues[0]?.series.map((series) => series.partyId)).toEqual(["ua", "ru"]);
    // Nobody spoke on ceasefire: an empty chart, not a missing one.
    expect(model.issues[1]?.series).toEqual([]);
    expect(model.xDomain?.map(toIsoDate)).toEqual(["2022-01-20", "2022-06-01"]);
  });

  it("keeps only the chosen issue and parties", () => {
    const model = buildTimeline(nullStancesAndTies, {
      ...open,
      issueIds: ["crimea"],
      partyIds: ["ru"],
    });
    expect(model.issues.map((entry) => entry.issue.id)).toEqual(["crimea"]);
    expect(model.issues[0]?.series.map((series) => series.partyId)).toEqual(["ru"]);
    expect(model.xDomain?.map(toIsoDate)).toEqual(["2022-03-01", "2022-06-01"]);
  });

  it("has no time axis when nothing matches", () => {
    const model = buildTimeline(nullStancesAndTies, { ...open, from: "2030-01-01" });
    expect(model.xDomain).toBeNull();
  });
});

describe("gaps", () => {
  it("gives each shown issue its gap series", () => {
    const model = buildTimeline(nullStancesAndTies, open);
    const gaps = buildGaps(nullStancesAndTies, model, ["ua", "ru"]);
    expect(gaps.map((entry) => [entry.issue.id, entry.points.length > 0])).toEqual([
      ["crimea", true],
      ["ceasefire", false],
    ]);
  });
});
