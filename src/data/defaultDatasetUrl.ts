// Where the built app finds the default dataset's JSON: a hashed file Vite emits beside the
// script, so a new version of the data is never served from a stale cache.
import url from "../../data/russia-ukraine.json?url";

export const DEFAULT_DATASET_URL: string = url;
