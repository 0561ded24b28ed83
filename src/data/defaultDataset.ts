// The dataset the app opens on, bundled with the build.
import rawDataset from "../../data/russia-ukraine.json";
import type { Dataset } from "../domain/schema";

// Validated at build time (vite.config.ts) and in the unit tests, so the first view need not
// ship zod to check it again. JSON imports type enum fields as plain strings, hence the cast.
export const defaultDataset = rawDataset as unknown as Dataset;

// The name the URL and the dataset switcher use for it; imports never take this key.
export const DEFAULT_DATASET_KEY = defaultDataset.meta.id;
