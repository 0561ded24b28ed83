// "Library": back up every kept dataset into one file, and restore such a file (on another
// computer or browser, or after clearing this one).

import { MAX_LIBRARY_FILE_BYTES } from "../../domain/import/fileSize";
import { reasonOf } from "../../domain/result";
import { countText } from "../../domain/statementText";
import { exportLibraryParts, importLibraryFile } from "../../state/libraryCommands";
import { useParleyStore } from "../../state/store";
import { Disclosure } from "../../ui/Disclosure";
import { downloadText } from "../../ui/download";
import { isoDay } from "../../ui/exportFilename";

async function exportLibrary(notify: (text: string, tone?: "info" | "error") => void) {
  try {
    const backup = await exportLibraryParts();
    if (!backup) return; // the reason is already on screen
    const { parts, count } = backup;
    const name = `parley-library-${isoDay(new Date())}.json`;
    downloadText(name, parts, "application/json");
    notify(`Exported ${countText(count, "dataset")} as ${name}.`);
    // Import library reads files up to its limit; say so now, not when the backup is needed.
    const size = new Blob(parts).size;
    if (size > MAX_LIBRARY_FILE_BYTES)
      notify(
        `${name} is over the ${MAX_LIBRARY_FILE_BYTES / 1_000_000} MB that Import library reads: keep the largest datasets with “Export dataset” too, each of which opens on its own.`,
        "error",
      );
  } catch (error) {
    notify(`The library could not be exported (${reasonOf(error)}).`, "error");
  }
}

export function LibraryMenu() {
  const notify = useParleyStore((state) => state.notify);
  return (
    <Disclosure className="library-menu" isPopover label="Library">
      <div className="popover-panel library-menu-panel">
        <button type="button" onClick={() => void exportLibrary(notify)}>
          Export library
        </button>
        <label className="file-button">
          <input
            type="file"
            accept=".json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = "";
              if (file) void importLibraryFile(file);
            }}
          />
          Import library…
        </label>
        <p className="hint">
          One file holds every dataset kept in this browser; import it in another browser to bring
          them all.
        </p>
      </div>
    </Disclosure>
  );
}
