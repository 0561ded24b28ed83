// "Open dataset…": a real file input, so the browser's own picker, keyboard use and screen
// reader name all work, dressed as a button by its label.
import { importDatasetFile } from "../../state/libraryCommands";

export function OpenDatasetInput() {
  return (
    <label className="file-button">
      <input
        type="file"
        accept=".json,.csv"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) still fires a change.
          event.target.value = "";
          if (file) void importDatasetFile(file);
        }}
      />
      Open dataset…
    </label>
  );
}
