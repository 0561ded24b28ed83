import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { countryNamesUrl, renderCountryNames } from "../../../scripts/write-country-names";
import { countryNamed } from "./countries";

describe("countryNames.json", () => {
  it("is what scripts/write-country-names.ts writes from world-countries (npm run countries)", () => {
    expect(readFileSync(countryNamesUrl, "utf8")).toBe(renderCountryNames());
  });

  it.each([
    ["U.S.", "United States"],
    ["US", "United States"],
    ["American", "United States"],
    ["Ukrainian", "Ukraine"],
    ["Russia's", "Russia"],
    ["Russia’s", "Russia"],
    ["British", "United Kingdom"],
    ["UK", "United Kingdom"],
    ["Danish", "Denmark"],
  ])("%s names %s", (word, country) => {
    expect(countryNamed(word)?.name).toBe(country);
  });

  it.each(["Kremlin", "Thursday", "Putin", "I"])("%s names no country", (word) => {
    expect(countryNamed(word)).toBeNull();
  });
});
