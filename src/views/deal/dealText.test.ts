// The deal-space headline and outcome words, worked by hand (issue 18: a zone among only some
// of the parties in view is not counted as room for a deal).
import { describe, expect, it } from "vitest";
import { makeIssue } from "../../domain/__fixtures__/makeDataset";
import { outcomeText, roomText } from "./dealText";

describe("roomText", () => {
  it.each([
    [1, 8, 0, "Room for a deal on 1 of 8 issues"],
    [0, 1, 0, "Room for a deal on 0 of 1 issue"],
    [
      0,
      8,
      1,
      "Room for a deal on 0 of 8 issues; on 1 more, only among the parties with a position",
    ],
  ])("%i of %i, %i partial: %s", (room, issues, partial, expected) => {
    expect(roomText(room, issues, partial)).toBe(expected);
  });
});

describe("outcomeText", () => {
  const issue = makeIssue("talks", ["no", "maybe", "yes"]);
  const zone = { kind: "zone" as const, from: 1, to: 2, partyIds: ["ru", "us"] };
  it("says when the zone is only between the parties with a position", () => {
    expect(outcomeText(issue, zone, (id) => id, 2)).toMatch(
      /^Room only between the 2 of 4 parties with a position: /,
    );
    expect(outcomeText(issue, zone, (id) => id, 0)).toMatch(/^Zone of possible agreement: /);
  });
});
