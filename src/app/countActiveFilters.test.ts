import { describe, expect, it } from "vitest";
import type { Filters } from "../state/choices";
import { countActiveFilters } from "./countActiveFilters";

const NONE: Filters = {
  issueIds: [],
  partyIds: [],
  from: null,
  to: null,
  speaker: "",
  text: "",
  hideStateMedia: false,
  countAccounts: false,
};

describe("countActiveFilters", () => {
  it("counts nothing when every filter says 'any'", () => {
    expect(countActiveFilters(NONE)).toBe(0);
  });

  it.each([
    ["issues", { issueIds: ["territory"] }],
    ["parties", { partyIds: ["a", "b"] }],
    ["from date", { from: "2024-01-01" }],
    ["to date", { to: "2024-12-31" }],
    ["speaker", { speaker: "Lavrov" }],
    ["words", { text: "ceasefire" }],
    ["hide state media", { hideStateMedia: true }],
  ])("counts the %s filter once", (_name, patch) => {
    expect(countActiveFilters({ ...NONE, ...patch })).toBe(1);
  });

  it("counts a list of several ids as one filter", () => {
    expect(countActiveFilters({ ...NONE, issueIds: ["a", "b", "c"] })).toBe(1);
  });

  it("counts all eight when every filter is set", () => {
    const all: Filters = {
      issueIds: ["a"],
      partyIds: ["b"],
      from: "2024-01-01",
      to: "2024-02-01",
      speaker: "x",
      text: "y",
      hideStateMedia: true,
      countAccounts: true,
    };
    expect(countActiveFilters(all)).toBe(8);
  });

  it("counts a search field holding only a space as set: the count reports what the fields hold", () => {
    expect(countActiveFilters({ ...NONE, text: " " })).toBe(1);
  });
});
