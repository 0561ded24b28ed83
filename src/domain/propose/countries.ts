// Country names and demonyms as articles write them ("U.S.", "Ukrainian", "British"), from the
// world-countries package (written into countryNames.json by scripts/write-country-names.ts).
import table from "./countryNames.json";

export interface CountryName {
  name: string; // the common English name: "United States"
  independent: boolean;
  names: readonly string[];
  demonyms: readonly string[];
}

export const COUNTRY_NAMES: readonly CountryName[] = table;

// "U.S." and "US" are one spelling; a possessive ("Russia's") names the country.
export function bareWord(word: string): string {
  return word.replace(/[’']s$/u, "").replace(/\./g, "");
}

// Every spelling and demonym to its country. A word several share goes to the independent
// country ("American": the United States, not the Northern Mariana Islands), else the first.
const BY_WORD = new Map<string, CountryName>();
for (const country of COUNTRY_NAMES) {
  for (const word of [...country.names, ...country.demonyms]) {
    const key = word.replace(/\./g, "");
    const held = BY_WORD.get(key);
    if (!held || (!held.independent && country.independent)) BY_WORD.set(key, country);
  }
}

// The country a word or phrase names ("Russian", "U.S.", "Ukraine's", "United Kingdom"), if any.
export function countryNamed(phrase: string): CountryName | null {
  const wanted = bareWord(phrase.trim());
  if (wanted.length < 2) return null;
  return BY_WORD.get(wanted) ?? null;
}
