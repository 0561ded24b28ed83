// Each row worked out by hand on a calendar; the weekday of each publication date is written
// beside it. November 2024: Fri 1, Mon 4, Thu 7, Fri 8; the week before Mon 4 Nov ran
// Mon 28 Oct to Sun 3 Nov. March 2025: Mon 3 to Sun 9, Mon 10, Wed 12.
import { describe, expect, it } from "vitest";
import { resolveDatePhrase } from "./resolveDate";

const FRI_8_NOV_2024 = "2024-11-08"; // a Friday
const WED_12_MAR_2025 = "2025-03-12"; // a Wednesday
const WED_1_JAN_2025 = "2025-01-01"; // a Wednesday
const SUN_15_JUN_2025 = "2025-06-15"; // a Sunday

describe("resolveDatePhrase", () => {
  it.each([
    // phrase, published, date, precision, note
    [
      "said on Thursday",
      FRI_8_NOV_2024,
      "2024-11-07",
      "day",
      "Thursday before the article of Friday 8 Nov 2024",
    ],
    [
      "on Friday",
      FRI_8_NOV_2024,
      "2024-11-08",
      "day",
      "Friday: the day of the article of Friday 8 Nov 2024",
    ],
    [
      "told reporters on Monday",
      FRI_8_NOV_2024,
      "2024-11-04",
      "day",
      "Monday before the article of Friday 8 Nov 2024",
    ],
    [
      "on Saturday",
      FRI_8_NOV_2024,
      "2024-11-02",
      "day",
      "Saturday before the article of Friday 8 Nov 2024",
    ],
    [
      "last Friday",
      FRI_8_NOV_2024,
      "2024-11-01",
      "day",
      "Friday of the week before the article of Friday 8 Nov 2024",
    ],
    [
      "yesterday",
      FRI_8_NOV_2024,
      "2024-11-07",
      "day",
      "Yesterday: the day before the article of Friday 8 Nov 2024",
    ],
    [
      "Yesterday",
      WED_1_JAN_2025,
      "2024-12-31",
      "day",
      "Yesterday: the day before the article of Wednesday 1 Jan 2025",
    ],
    [
      "earlier today",
      FRI_8_NOV_2024,
      "2024-11-08",
      "day",
      "Today: the day of the article of Friday 8 Nov 2024",
    ],
    [
      "last week",
      FRI_8_NOV_2024,
      "2024-10-28",
      "day",
      "Last week: 28 Oct–3 Nov 2024, the week before the article of Friday 8 Nov 2024; dated to its Monday",
    ],
    [
      "last week",
      WED_12_MAR_2025,
      "2025-03-03",
      "day",
      "Last week: 3–9 Mar 2025, the week before the article of Wednesday 12 Mar 2025; dated to its Monday",
    ],
    // Thursday 15 May 2025: the weekend before ran Sat 10–Sun 11 May; its week began Mon 12.
    [
      "Putin last weekend proposed",
      "2025-05-15",
      "2025-05-10",
      "day",
      "Last weekend: 10–11 May 2025, before the article of Thursday 15 May 2025; dated to its Saturday",
    ],
    // Sunday 11 May 2025: "last weekend" is the one before, Sat 3–Sun 4 May.
    [
      "over the weekend",
      "2025-05-11",
      "2025-05-03",
      "day",
      "Last weekend: 3–4 May 2025, before the article of Sunday 11 May 2025; dated to its Saturday",
    ],
    [
      "earlier this week",
      "2025-05-15",
      "2025-05-12",
      "day",
      "This week: 12–14 May 2025, the week of the article of Thursday 15 May 2025; dated to its Monday",
    ],
    [
      "at the end of September",
      FRI_8_NOV_2024,
      "2024-09-01",
      "month",
      "September 2024: the last September on or before the article of Friday 8 Nov 2024",
    ],
    [
      "on Jan. 9",
      FRI_8_NOV_2024,
      "2024-01-09",
      "day",
      "Tuesday 9 Jan 2024: the last 9 Jan on or before the article of Friday 8 Nov 2024",
    ],
    // 9 Nov 2024 would be after the article, so the year before.
    [
      "on Nov. 9",
      FRI_8_NOV_2024,
      "2023-11-09",
      "day",
      "Thursday 9 Nov 2023: the last 9 Nov on or before the article of Friday 8 Nov 2024",
    ],
    [
      "on 14 June",
      SUN_15_JUN_2025,
      "2025-06-14",
      "day",
      "Saturday 14 Jun 2025: the last 14 Jun on or before the article of Sunday 15 Jun 2025",
    ],
    [
      "on June 14, 2024",
      FRI_8_NOV_2024,
      "2024-06-14",
      "day",
      "Friday 14 Jun 2024, as the text says",
    ],
    [
      "in June",
      FRI_8_NOV_2024,
      "2024-06-01",
      "month",
      "June 2024: the last June on or before the article of Friday 8 Nov 2024",
    ],
    [
      "in December",
      WED_12_MAR_2025,
      "2024-12-01",
      "month",
      "December 2024: the last December on or before the article of Wednesday 12 Mar 2025",
    ],
    ["in May 2024", WED_12_MAR_2025, "2024-05-01", "month", "May 2024, as the text says"],
    [
      "earlier this month",
      FRI_8_NOV_2024,
      "2024-11-01",
      "month",
      "This month: November 2024, the month of the article of Friday 8 Nov 2024",
    ],
    [
      "last month",
      WED_1_JAN_2025,
      "2024-12-01",
      "month",
      "Last month: December 2024, the month before the article of Wednesday 1 Jan 2025",
    ],
    ["in 2024", WED_12_MAR_2025, "2024-01-01", "year", "2024, as the text says; no month given"],
    [
      "last year",
      WED_12_MAR_2025,
      "2024-01-01",
      "year",
      "Last year: 2024, the year before the article of Wednesday 12 Mar 2025",
    ],
  ])("%s (article %s) → %s", (phrase, published, date, datePrecision, dateNote) => {
    expect(resolveDatePhrase(published, phrase)).toEqual({
      date,
      datePrecision,
      dateNote,
      phrase: expect.any(String),
    });
  });

  it.each([
    ["recently", FRI_8_NOV_2024],
    ["soon after the summit", FRI_8_NOV_2024],
    // After the article: not when anything in it was said.
    ["in 2026", WED_12_MAR_2025],
    ["on June 14, 2025", FRI_8_NOV_2024],
    // 30 February does not exist in either year.
    ["on Feb. 30", WED_12_MAR_2025],
    // "may" the verb, not the month.
    ["we may 12 times over", WED_12_MAR_2025],
  ])("%s (article %s) → no proposal", (phrase, published) => {
    expect(resolveDatePhrase(published, phrase)).toBeNull();
  });

  it("places absolute dates without a publication date, and no relative ones", () => {
    expect(resolveDatePhrase(null, "on Thursday")).toBeNull();
    expect(resolveDatePhrase(null, "last week")).toBeNull();
    expect(resolveDatePhrase(null, "on June 14, 2024")?.date).toBe("2024-06-14");
  });

  it("keeps the words it read", () => {
    expect(resolveDatePhrase(FRI_8_NOV_2024, "she said on Jan. 9 that")?.phrase).toBe("Jan. 9");
  });
});
