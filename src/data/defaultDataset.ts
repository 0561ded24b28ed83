// The dataset the app opens on. Its JSON is a file of its own beside the script (not inside
// it: the first view's script stays small, and the prerendered page needs neither to paint);
// start.tsx, or the build's prerender, provides it before the first render, so every reader
// below finds it in place.
import type { Dataset } from "../domain/schema";

// Set by vite.config.ts from the default dataset's meta.id, so the key is known before its
// file is read: the URL and the library need it at start-up.
declare const __DEFAULT_DATASET_ID__: string;

// The name the URL and the dataset switcher use for it; imports never take this key.
export const DEFAULT_DATASET_KEY: string = __DEFAULT_DATASET_ID__;

let provided: Dataset | null = null;

// Validated at build time (vite.config.ts) and in the unit tests, so the first view need not
// ship zod to check it again.
export function provideDefaultDataset(dataset: Dataset): void {
  provided = dataset;
}

// The default dataset; throws if read before it was provided, which is a start-up bug.
export function getDefaultDataset(): Dataset {
  if (!provided) throw new Error("the default dataset was read before it was loaded");
  return provided;
}
