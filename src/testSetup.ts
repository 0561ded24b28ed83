// Unit tests read the default dataset as the app does once main.tsx has loaded it.
import rawDataset from "../data/russia-ukraine.json";
import { provideDefaultDataset } from "./data/defaultDataset";
import type { Dataset } from "./domain/schema";

provideDefaultDataset(rawDataset as unknown as Dataset);
