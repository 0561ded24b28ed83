import { describe, expect, it } from "vitest";
import { endOfPeriod, eventStops, eventsInWindow } from "./events";
import type { NegotiationEvent } from "./schema";

const event = (
  id: string,
  date: string,
  title: string,
  datePrecision: NegotiationEvent["datePrecision"] = "day",
): NegotiationEvent => ({
  id,
  date,
  datePrecision,
  title,
  description: "",
  partyIds: [],
  sourceId: "source-1",
});

// Out of date order on purpose; two share 2024-03-01.
const events = [
  event("summit", "2024-05-10", "Summit"),
  event("call", "2024-03-01", "Phone call", "month"),
  event("plan", "2024-03-01", "A plan published"),
  event("talks", "2024-01-15", "Talks open"),
];
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe("eventsInWindow", () => {
  it("keeps the events in the window, both ends inclusive, by date then title", () => {
    expect(ids(eventsInWindow(events, "2024-01-15", "2024-05-10"))).toEqual([
      "talks",
      "plan",
      "call",
      "summit",
    ]);
    expect(ids(eventsInWindow(events, "2024-01-16", "2024-05-09"))).toEqual(["plan", "call"]);
  });

  it("returns none for a dataset without events or a window with none", () => {
    expect(eventsInWindow(undefined, "2024-01-01", "2024-12-31")).toEqual([]);
    expect(eventsInWindow(events, "2024-06-01", "2024-12-31")).toEqual([]);
  });

  it("does not reorder the dataset's own array", () => {
    eventsInWindow(events, "2024-01-01", "2024-12-31");
    expect(ids(events)).toEqual(["summit", "call", "plan", "talks"]);
  });
});

describe("eventStops", () => {
  it("offers the events the as-of control can reach, labelled by date and title", () => {
    expect(eventStops(events, "2024-02-01", "2024-04-30")).toEqual([
      { date: "2024-03-01", label: "1 March 2024: A plan published", eventId: "plan" },
      // A month-precision event: the stop is the month's last day, so March's statements count.
      { date: "2024-03-31", label: "March 2024: Phone call", eventId: "call" },
    ]);
  });

  it("never sets a date after the last one the control can reach", () => {
    expect(eventStops(events, "2024-02-01", "2024-03-15").map((stop) => stop.date)).toEqual([
      "2024-03-01",
      "2024-03-15",
    ]);
  });

  it.each([
    ["2024-02-01", "month", "2024-02-29"],
    ["2025-02-01", "month", "2025-02-28"],
    ["2025-12-01", "month", "2025-12-31"],
    ["2022-01-01", "year", "2022-12-31"],
    ["2025-05-16", "day", "2025-05-16"],
  ] as const)("the period of %s at %s precision ends on %s", (date, precision, end) => {
    expect(endOfPeriod(date, precision)).toBe(end);
  });

  it("runs to `last` when there is no first date", () => {
    expect(eventStops(events, undefined, "2024-05-10").map((stop) => stop.eventId)).toEqual([
      "summit",
    ]);
  });
});
