import { describe, expect, it } from "vitest";
import type { NegotiationEvent } from "../../domain/schema";
import { eventMarks } from "./eventMarks";

const event = (id: string, date: string): NegotiationEvent => ({
  id,
  date,
  datePrecision: "day",
  title: id,
  description: "",
  partyIds: [],
  sourceId: "s",
});

describe("eventMarks", () => {
  it("draws one mark per date, numbered as the list under the chart numbers the events", () => {
    const marks = eventMarks([
      event("a", "2024-01-01"),
      event("b", "2024-03-01"),
      event("c", "2024-03-01"),
      event("d", "2024-03-01"),
      event("e", "2024-04-02"),
    ]);
    expect(marks).toEqual([
      // 2024-01-01T00:00Z in ms since 1970 (19723 days × 86 400 000).
      { x: 1_704_067_200_000, date: "2024-01-01", label: "1" },
      { x: 1_709_251_200_000, date: "2024-03-01", label: "2–4" },
      { x: 1_712_016_000_000, date: "2024-04-02", label: "5" },
    ]);
  });

  it("draws nothing without events", () => {
    expect(eventMarks([])).toEqual([]);
  });
});
