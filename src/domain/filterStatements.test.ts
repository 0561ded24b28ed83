import { describe, expect, it } from "vitest";
import { speakersWithDiacritics } from "./__fixtures__/speakersWithDiacritics";
import { lookupDataset } from "./datasetLookup";
import { filterIndexed, filterStatements, type StatementCriteria } from "./filterStatements";
import { indexStatements } from "./statementIndex";
import { createStatementSearch } from "./statementSearch";
import { generateDataset } from "./synth/generateDataset";

const ALL = ["podolyak", "lavrov", "zelenskyy", "cavusoglu", "peskov"];

function filteredIds(criteria: StatementCriteria): string[] {
  return filterStatements(speakersWithDiacritics, criteria).map((statement) => statement.id);
}

describe("filterStatements", () => {
  it("returns every statement in date order, same-day ones in dataset order, without criteria", () => {
    expect(filteredIds({})).toEqual(ALL);
  });

  it.each<[string, string[]]>([
    ["cavusoglu", ["cavusoglu"]], // "Çavuşoğlu" in the speaker's name
    ["ÇAVUŞOĞLU", ["cavusoglu"]], // diacritics in the query are folded too
    ["ateskes", ["cavusoglu"]], // "Ateşkes" in the quote
    ["turkiye", ["cavusoglu"]],
    ["zelenskyy", ["zelenskyy"]],
    ["ZELENSKYY", ["zelenskyy"]],
    ["paper", ["zelenskyy"]], // only in the quote
    ["kremlin", ["peskov"]], // only in the role
    ["lavrov", ["podolyak", "lavrov"]], // podolyak's position is reported by Lavrov
    ["ceasefire", ["lavrov", "cavusoglu"]],
    ["ceasefire immediate", ["cavusoglu"]], // every word must match
    ["immediate   ceasefire", ["cavusoglu"]], // in any order
    ["foreign minister", ["podolyak", "lavrov", "cavusoglu"]],
    ["neutral", ["podolyak", "lavrov"]], // part of a word is enough ("neutrality")
    ["paper moscow", []],
    ["   ", ALL],
    ["", ALL],
  ])("finds %j in %j", (text, expected) => {
    expect(filteredIds({ text })).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ["lavrov", ["lavrov"]], // the reporter is not the speaker
    ["PESKOV", ["peskov"]],
    ["mevlut cavusoglu", ["cavusoglu"]],
    ["sergei lavrov", ["lavrov"]],
    ["ov", ["lavrov", "peskov"]],
  ])("matches speaker %j to %j", (speaker, expected) => {
    expect(filteredIds({ speaker })).toEqual(expected);
  });

  it.each<[string | undefined, string | undefined, string[]]>([
    ["2022-03-10", "2022-03-29", ["lavrov", "zelenskyy", "cavusoglu"]], // both ends inclusive
    ["2022-03-29", undefined, ["zelenskyy", "cavusoglu", "peskov"]],
    [undefined, "2022-03-01", ["podolyak"]],
    ["2022-03-29", "2022-03-29", ["zelenskyy", "cavusoglu"]],
    ["2022-03-02", "2022-03-09", []],
    ["2022-04-06", undefined, []],
    ["", "", ALL],
  ])("keeps statements from %s to %s", (from, to, expected) => {
    expect(filteredIds({ from, to })).toEqual(expected);
  });

  it.each<[StatementCriteria, string[]]>([
    [{ issueIds: ["ceasefire"] }, ["lavrov", "cavusoglu"]],
    [{ partyIds: ["ru"] }, ["lavrov", "peskov"]],
    [{ issueIds: [], partyIds: [] }, ALL],
    [{ issueIds: ["security-guarantees"], partyIds: ["ua"] }, ["podolyak", "zelenskyy"]],
    [{ text: "guarantees", partyIds: ["ru"] }, ["peskov"]],
    [
      { text: "guarantees", speaker: "zelenskyy", from: "2022-03-29", to: "2022-03-29" },
      ["zelenskyy"],
    ],
    [{ partyIds: ["tr"], from: "2022-03-30" }, []],
  ])("combines criteria %j", (criteria, expected) => {
    expect(filteredIds(criteria)).toEqual(expected);
  });

  it("returns the dataset's own statement objects", () => {
    const [first] = filterStatements(speakersWithDiacritics, { text: "podolyak" });
    expect(first).toBe(speakersWithDiacritics.statements.find((s) => s.id === "podolyak"));
  });

  it("returns the index's own array when nothing is filtered, so views do not re-render", () => {
    const index = indexStatements(speakersWithDiacritics);
    const search = createStatementSearch(index.byDate, lookupDataset(speakersWithDiacritics));
    expect(filterIndexed(index, search, { issueIds: [], text: " " })).toBe(index.byDate);
  });

  it.each<[string, string[]]>([
    ["security-guarantees", ["podolyak", "zelenskyy", "peskov"]], // the issue's name
    ["non-binding", ["podolyak"]], // the stance's label
    ["conditional", ["lavrov"]],
    ["no clear stance", ["peskov"]], // what the table shows for a statement with no stance
    ["party tr ateskes", ["cavusoglu"]], // the party's name with words of the quote
  ])("finds %j in the names of the issue, stance and party: %j", (text, expected) => {
    expect(filteredIds({ text })).toEqual(expected);
  });
});

describe("createStatementSearch", () => {
  it("builds the search strings in steps, and a search after a partial build still finds all", () => {
    const dataset = generateDataset({ statements: 300, seed: 5 });
    const expected = filterStatements(dataset, { text: "treaty" }).map((s) => s.id);
    const index = indexStatements(dataset);
    const search = createStatementSearch(index.byDate, lookupDataset(dataset));
    expect(search.prepare(100)).toBe(false);
    expect(search.prepare(100)).toBe(false);
    expect(filterIndexed(index, search, { text: "treaty" }).map((s) => s.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(search.prepare(100)).toBe(true);
  });
});
