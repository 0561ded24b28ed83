// The dataset controls under the title: switch, open, export, templates, library backup,
// remove; the import's progress, its replace-or-keep question and problems; damaged records;
// a dataset on screen that is not kept; and the hint shown while a file is dragged over.
import { type ReactNode, useRef } from "react";
import { importDatasetFile } from "../../state/libraryCommands";
import { selectShownEntry } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { onDemand } from "../../ui/onDemand";
import { ExportDatasetButton, TemplateMenu } from "./DatasetDownloads";
import { DatasetSwitcher } from "./DatasetSwitcher";
import { ImportStatus } from "./ImportStatus";
import { LibraryMenu } from "./LibraryMenu";
import { OpenDatasetInput } from "./OpenDatasetInput";
import { RemoveDataset } from "./RemoveDataset";
import { useFileDrop } from "./useFileDrop";
import "./LibraryBar.css";

const openFile = (file: File) => void importDatasetFile(file);

// Shown only when storage or an import needs the reader: loaded then, not with the first view.
const DamagedDatasets = onDemand("the damaged datasets", () =>
  import("./DamagedDatasets").then((module) => module.DamagedDatasets),
);
const ShownDatasetNotKept = onDemand("the notice about the dataset on screen", () =>
  import("./ShownDatasetNotKept").then((module) => module.ShownDatasetNotKept),
);
const ReplaceOrKeepDialog = onDemand("the import's question", () =>
  import("./ReplaceOrKeepDialog").then((module) => module.ReplaceOrKeepDialog),
);

// `children`: more controls for the row of actions (the app puts its "Code" switch there).
export function LibraryBar({ children }: { children?: ReactNode }) {
  const isDragging = useFileDrop(openFile);
  const switcherRef = useRef<HTMLSelectElement>(null);
  const hasDamaged = useParleyStore((state) => state.damaged.length > 0);
  const isShownNotKept = useParleyStore((state) => {
    const entry = selectShownEntry(state);
    return entry !== undefined && entry.status !== "kept";
  });
  const hasQuestion = useParleyStore((state) => state.importQuestion !== null);
  return (
    <div className="library-bar">
      <DatasetSwitcher selectRef={switcherRef} />
      <div className="library-actions">
        {children}
        <OpenDatasetInput />
        <ExportDatasetButton />
        <TemplateMenu />
        <LibraryMenu />
        {/* After a removal the switcher shows where the page went, so focus goes there. */}
        <RemoveDataset focusAfterRemoving={() => switcherRef.current} />
      </div>
      <ImportStatus />
      {hasDamaged && <DamagedDatasets />}
      {isShownNotKept && <ShownDatasetNotKept />}
      {hasQuestion && <ReplaceOrKeepDialog />}
      {isDragging && (
        <div className="drop-hint">
          <p>Drop a .json dataset or a statements .csv to open it</p>
        </div>
      )}
    </div>
  );
}
