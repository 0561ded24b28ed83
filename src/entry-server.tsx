// The build's prerender (scripts/prerender.mjs): the default view of the default dataset as
// HTML, so a reader sees the matrix before any script has run. React's own server renderer,
// no framework; the client takes it over with hydrateRoot (main.tsx).
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./App";
import { provideDefaultDataset } from "./data/defaultDataset";
import type { Dataset } from "./domain/schema";

export function renderDefaultView(dataset: Dataset): string {
  provideDefaultDataset(dataset);
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
