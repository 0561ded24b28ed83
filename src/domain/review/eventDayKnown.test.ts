import { describe, expect, it } from "vitest";
import { contextOf, makeEvent, makeStatement } from "./__fixtures__/reviewFixture";
import { eventDayKnown } from "./eventDayKnown";

const summit = makeEvent({
  id: "e-summit",
  date: "2025-06-01",
  datePrecision: "month",
  title: "Lakeside summit",
});

describe("eventDayKnown", () => {
  it("flags a month-precision event whose source's statements give its day", () => {
    const flags = eventDayKnown(
      contextOf({
        events: [summit],
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-06-18",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            dateNote: "'Monday' after the lakeside summit (12 June 2025) is 18 June 2025.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "event-day-known",
        eventIds: ["e-summit"],
        statementIds: ["s1"],
        message:
          "e-summit is dated to the month (2025-06-01), but s1, from the same source, gives “12 june” beside “lakeside”: date the event to that day.",
        evidence: "lakeside … 12 june",
      },
    ]);
  });

  it("reads statements of the month after too, and no later", () => {
    const flags = eventDayKnown(
      contextOf({
        events: [summit],
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-08-01",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            summary: "North recalled the lakeside summit of 12 June.",
          }),
          makeStatement({
            id: "s2",
            date: "2025-07-31",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            summary: "North recalled the lakeside summit of 13 June.",
          }),
        ],
      }),
    );
    expect(flags.map((flag) => [flag.statementIds, flag.evidence])).toEqual([
      [["s2"], "lakeside … 13 june"],
    ]);
  });

  it("leaves it when the day given is far from any mention, or in another month", () => {
    const flags = eventDayKnown(
      contextOf({
        events: [summit],
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-06-18",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            dateNote: "Resolved from 'Monday': 18 June 2025.",
          }),
          makeStatement({
            id: "s2",
            date: "2025-06-20",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            summary: "North recalled the lakeside summit of 3 May.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});
