// Starts the app (loaded by main.tsx once the prerendered page has painted): fetches the
// default dataset, then takes over the prerendered first view (hydrateRoot) or, for a link
// with state of its own, renders that view in its place.
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./App";
import { provideDefaultDataset } from "./data/defaultDataset";
import { DEFAULT_DATASET_URL } from "./data/defaultDatasetUrl";
import type { Dataset } from "./domain/schema";

export async function start(root: HTMLElement): Promise<void> {
  let dataset: Dataset;
  try {
    const response = await fetch(DEFAULT_DATASET_URL);
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    dataset = (await response.json()) as Dataset;
  } catch (error) {
    // The prerendered matrix stays readable; only the tools are missing, and the page says so.
    const note = document.createElement("p");
    note.className = "start-failure";
    note.setAttribute("role", "alert");
    note.textContent = `Parley could not load its dataset (${error instanceof Error ? error.message : String(error)}): the page shows the positions as built, without its tools. Reload to try again.`;
    root.prepend(note);
    return;
  }
  provideDefaultDataset(dataset);
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  // The prerendered HTML is the default view; a link with its own state (another view, other
  // filters, another dataset) is rendered fresh instead, so it is never hydrated as the default.
  const isPrerendered = root.dataset.prerendered === "default";
  if (isPrerendered && window.location.search === "") hydrateRoot(root, app);
  else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
}
