// When the dataset on screen is not (or no longer) kept in this browser (another tab removed
// it, or the storage refused it) it stays on screen, and this says so and offers to keep it
// again or export it: a reload would otherwise lose it.
import { keepShownDatasetAgain } from "../../state/libraryCommands";
import { selectShownEntry } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { ExportDatasetButton } from "./DatasetDownloads";

export function ShownDatasetNotKept() {
  const entry = useParleyStore(selectShownEntry);
  if (!entry || entry.status === "kept") return null;
  const why =
    entry.status === "removed-elsewhere"
      ? "was removed from this browser in another tab"
      : "could not be kept in this browser";
  return (
    <section className="not-kept" aria-label="Dataset not kept">
      <p>
        “{entry.title}” {why}. It is still shown here, but a reload loses it.
      </p>
      <div className="not-kept-actions">
        <button type="button" onClick={() => void keepShownDatasetAgain()}>
          Keep it in this browser
        </button>
        <ExportDatasetButton />
      </div>
    </section>
  );
}
