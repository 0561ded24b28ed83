// The dataset the app opens on, bundled with the build.
import rawDataset from "../../data/russia-ukraine.json";
import type { Dataset } from "../domain/schema";

// Validated at build time (vite.config.ts) and in the unit tests, so the first view need not
// ship zod to check it again. JSON imports type enum fields as plain strings, hence the cast.
export const defaultDataset = rawDataset as unknown as Dataset;
