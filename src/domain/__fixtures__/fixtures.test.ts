import { expect, it } from "vitest";
import { datasetSchema } from "../schema";
import { nullStancesAndTies } from "./nullStancesAndTies";
import { speakersWithDiacritics } from "./speakersWithDiacritics";
import { twoPartiesOneChange } from "./twoPartiesOneChange";

// Fixtures that the schema would reject would test states the app can never be in.
it.each([
  ["twoPartiesOneChange", twoPartiesOneChange],
  ["nullStancesAndTies", nullStancesAndTies],
  ["speakersWithDiacritics", speakersWithDiacritics],
])("%s is a valid dataset", (_, dataset) => {
  expect(datasetSchema.safeParse(dataset).error).toBeUndefined();
});
