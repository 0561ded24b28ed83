import { describe, expect, it } from "vitest";
import { timeDomain, timeTicks, toIsoDate, toTime } from "./timeTicks";

describe("timeTicks", () => {
  it("gives monthly ticks on a short span", () => {
    const ticks = timeTicks(toTime("2025-01-15"), toTime("2025-04-02"), 10);
    expect(ticks.map((tick) => tick.label)).toEqual(["Feb 2025", "Mar 2025", "Apr 2025"]);
    expect(toIsoDate(ticks[0]?.value ?? 0)).toBe("2025-02-01");
  });

  it("widens the step until the ticks fit", () => {
    // Jan 2024 to Dec 2025 is 24 months; 4 ticks allowed → every 6 months.
    const ticks = timeTicks(toTime("2024-01-01"), toTime("2025-12-31"), 4);
    expect(ticks.map((tick) => tick.label)).toEqual([
      "Jan 2024",
      "Jul 2024",
      "Jan 2025",
      "Jul 2025",
    ]);
  });

  it("labels yearly ticks by year alone", () => {
    const ticks = timeTicks(toTime("2020-03-01"), toTime("2025-03-01"), 5);
    expect(ticks.map((tick) => tick.label)).toEqual(["2021", "2022", "2023", "2024", "2025"]);
  });

  it("includes a tick on the very first day", () => {
    const ticks = timeTicks(toTime("2025-03-01"), toTime("2025-05-01"), 12);
    expect(ticks.map((tick) => tick.label)).toEqual(["Mar 2025", "Apr 2025", "May 2025"]);
  });
});

describe("timeTicks on a span of days", () => {
  it("ticks every day when there is room", () => {
    const ticks = timeTicks(toTime("2025-08-17"), toTime("2025-08-22"), 8);
    expect(ticks.map((tick) => tick.label)).toEqual([
      "17 Aug",
      "18 Aug",
      "19 Aug",
      "20 Aug",
      "21 Aug",
      "22 Aug",
    ]);
  });

  it("skips days when they do not fit", () => {
    // 17 → 29 August is 12 days; 4 ticks allowed: every 3 days does it (12 / 3 = 4 < 4 fails,
    // so a week), counted from 1970-01-01 so 21 Aug 2025 (day 20321) and 28 Aug fall on it.
    const ticks = timeTicks(toTime("2025-08-17"), toTime("2025-08-29"), 4);
    expect(ticks.map((tick) => tick.label)).toEqual(["21 Aug", "28 Aug"]);
  });
});

describe("timeDomain", () => {
  it("pads a span of days by one day each side", () => {
    const [start, end] = timeDomain("2025-08-18", "2025-08-21");
    expect([toIsoDate(start), toIsoDate(end)]).toEqual(["2025-08-17", "2025-08-22"]);
  });

  it("pads a single date by half a month each side", () => {
    const [start, end] = timeDomain("2025-06-15", "2025-06-15");
    expect([toIsoDate(start), toIsoDate(end)]).toEqual(["2025-05-31", "2025-06-30"]);
  });

  it("keeps a long span as it is", () => {
    const [start, end] = timeDomain("2024-01-01", "2025-01-01");
    expect([toIsoDate(start), toIsoDate(end)]).toEqual(["2024-01-01", "2025-01-01"]);
  });
});
