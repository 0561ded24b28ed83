// The "Dataset" select: the built-in dataset and every imported one, with title, statement
// count and import date; damaged records are listed too (not selectable), so they are never
// hidden; "Damaged datasets" offers what can be done with them.
import type { Ref } from "react";
import { useShallow } from "zustand/react/shallow";
import { DEFAULT_DATASET_KEY, getDefaultDataset } from "../../data/defaultDataset";
import { publishedKey } from "../../domain/catalog";
import { showDataset } from "../../state/libraryCommands";
import { useParleyStore } from "../../state/store";
import { datasetLabel } from "./datasetLabel";

// The built-in dataset's line, read when drawn: its file is loaded after this module.
function builtInLabel(): string {
  const dataset = getDefaultDataset();
  return datasetLabel(
    { title: dataset.meta.title, statementCount: dataset.statements.length },
    null,
  );
}

export function DatasetSwitcher({ selectRef }: { selectRef?: Ref<HTMLSelectElement> }) {
  const { datasetKey, library, damaged, published } = useParleyStore(
    useShallow((state) => ({
      datasetKey: state.datasetKey,
      library: state.library,
      damaged: state.damaged,
      published: state.published,
    })),
  );
  // The built-in dataset is the catalog's first entry and is listed above already.
  const publishedFiles = published.filter((entry) => entry.file !== null);
  return (
    <label className="field dataset-switcher">
      Dataset
      <select
        ref={selectRef}
        value={datasetKey}
        onChange={(event) => void showDataset(event.target.value)}
      >
        <option value={DEFAULT_DATASET_KEY}>{builtInLabel()}</option>
        {publishedFiles.length > 0 && (
          <optgroup label="Published with this site">
            {publishedFiles.map((entry) => (
              <option
                key={`${entry.id}@${entry.version}`}
                value={publishedKey(entry.id, entry.version)}
              >
                {entry.title} · v{entry.version}
              </option>
            ))}
          </optgroup>
        )}
        {library.map((entry) => (
          <option key={entry.key} value={entry.key}>
            {datasetLabel(entry, entry)}
          </option>
        ))}
        {damaged.map((entry) => (
          <option key={`damaged:${String(entry.storageKey)}`} disabled>
            {entry.label} · damaged
          </option>
        ))}
      </select>
    </label>
  );
}
