// Writes src/domain/propose/countryNames.json from the world-countries package: for each
// country its English names (common, official, alternative spellings such as "US", "UK") and
// demonyms ("American", "Ukrainian"). The proposer reads this small table rather than the
// package's 750 KB file, which would ride into the app's bundle whole.
// src/domain/propose/countryNames.test.ts fails when the file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import countries from "world-countries";

export const countryNamesUrl = new URL("../src/domain/propose/countryNames.json", import.meta.url);

// One-letter spellings and those with digits or lower-case-only codes are not how an article
// names a country.
const isUsable = (spelling: string) => spelling.length > 1 && /^\p{Lu}/u.test(spelling);

export function renderCountryNames(): string {
  const rows = countries.map((country) => {
    const names = [country.name.common, country.name.official, ...country.altSpellings];
    const demonyms = [country.demonyms.eng?.m ?? "", country.demonyms.eng?.f ?? ""];
    return {
      name: country.name.common,
      // A demonym several share ("American") is the independent country's.
      independent: country.independent === true,
      names: [...new Set(names.filter(isUsable))],
      demonyms: [...new Set(demonyms.filter(isUsable))],
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name, "en"));
  return `${JSON.stringify(rows)}\n`;
}

const isCli =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isCli) {
  writeFileSync(countryNamesUrl, renderCountryNames());
  console.log(`Wrote ${fileURLToPath(countryNamesUrl)}`);
}
