// A dataset to share without the articles it was coded from: each source keeps its citation
// (outlet, headline, date, address) but not its text, which may not be the user's to pass on.
// Quote offsets stay: they still name the quote's place, and the validator checks them only
// against a text that is there, so the file opens again, and pasting the text back restores
// the check.
import type { Dataset } from "./schema";

export function hasSourceTexts(dataset: Dataset): boolean {
  return dataset.sources.some((source) => typeof source.text === "string");
}

export function withoutSourceTexts(dataset: Dataset): Dataset {
  if (!hasSourceTexts(dataset)) return dataset;
  return {
    ...dataset,
    sources: dataset.sources.map(({ text: _text, ...source }) => source),
  };
}
