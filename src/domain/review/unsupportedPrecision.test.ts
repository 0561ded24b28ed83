import { describe, expect, it } from "vitest";
import { contextOf, makeSource, makeStatement } from "./__fixtures__/reviewFixture";
import { unsupportedPrecision } from "./unsupportedPrecision";

const ARTICLE =
  "Speaking on Thursday, the envoy said: “The ferries will wait.” Talks resume in May 2025.";

describe("unsupportedPrecision", () => {
  it("flags a month-precision statement whose article gives the weekday near the quote", () => {
    const flags = unsupportedPrecision(
      contextOf({
        sources: [makeSource("wire", ARTICLE)],
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-05-01",
            datePrecision: "month",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            sourceId: "wire",
            quote: "The ferries will wait.",
            summary: "The envoy said the ferries would wait.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([
      {
        rule: "unsupported-precision",
        statementIds: ["s1"],
        message:
          "s1 is dated to the month (2025-05-01), but the article near the quote gives “thursday”: resolve the day, or say in dateNote why it cannot be.",
        evidence: "thursday",
      },
    ]);
  });

  it("leaves a day-precision statement, and a month one whose words give only the month", () => {
    const flags = unsupportedPrecision(
      contextOf({
        sources: [makeSource("wire", ARTICLE)],
        statements: [
          makeStatement({
            id: "s1",
            date: "2025-05-15",
            partyId: "north",
            issueId: "border",
            stanceId: "a",
            sourceId: "wire",
            quote: "The ferries will wait.",
          }),
          makeStatement({
            id: "s2",
            date: "2025-05-01",
            datePrecision: "month",
            partyId: "south",
            issueId: "border",
            stanceId: "a",
            summary: "South expects talks in May 2025.",
          }),
        ],
      }),
    );
    expect(flags).toEqual([]);
  });
});
