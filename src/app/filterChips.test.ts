import { describe, expect, it } from "vitest";
import { makeDataset, makeIssue, makeParty } from "../domain/__fixtures__/makeDataset";
import { EMPTY_FILTERS } from "../state/choices";
import { filterChips } from "./filterChips";

const dataset = makeDataset("chips", {
  parties: [makeParty("ru"), makeParty("ua")],
  issues: [makeIssue("land", ["a", "b"]), makeIssue("nato", ["a", "b"])],
  statements: [],
});

describe("filterChips", () => {
  it("gives no chip without filters", () => {
    expect(filterChips(EMPTY_FILTERS, dataset)).toEqual([]);
  });

  it("names each active filter and what removing it leaves", () => {
    const chips = filterChips(
      {
        ...EMPTY_FILTERS,
        issueIds: ["land", "nato"],
        partyIds: ["ua"],
        from: "2024-06-14",
        text: "ceasefire",
        hideStateMedia: true,
      },
      dataset,
    );
    expect(chips.map((chip) => [chip.label, chip.without])).toEqual([
      ["Issue: Issue land", { issueIds: ["nato"] }],
      ["Issue: Issue nato", { issueIds: ["land"] }],
      ["Party: Party ua", { partyIds: [] }],
      ["From 14 June 2024", { from: null }],
      ["Search: ceasefire", { text: "" }],
      ["Hide state media", { hideStateMedia: false }],
    ]);
  });
});
