// The "Dataset" select: the built-in dataset and every imported one, with title, statement
// count and import date.
import type { Ref } from "react";
import { useShallow } from "zustand/react/shallow";
import { DEFAULT_DATASET_KEY, defaultDataset } from "../../data/defaultDataset";
import { showDataset } from "../../state/datasetActions";
import { useParleyStore } from "../../state/store";
import { datasetLabel } from "./datasetLabel";

export function DatasetSwitcher({ selectRef }: { selectRef?: Ref<HTMLSelectElement> }) {
  const { datasetKey, library } = useParleyStore(
    useShallow((state) => ({ datasetKey: state.datasetKey, library: state.library })),
  );
  return (
    <label className="field dataset-switcher">
      Dataset
      <select
        ref={selectRef}
        value={datasetKey}
        onChange={(event) => showDataset(event.target.value)}
      >
        <option value={DEFAULT_DATASET_KEY}>{datasetLabel(defaultDataset, null)}</option>
        {library.map((entry) => (
          <option key={entry.key} value={entry.key}>
            {datasetLabel(entry.dataset, entry)}
          </option>
        ))}
      </select>
    </label>
  );
}
