// The dataset controls under the title: switch, open, export, templates, library backup,
// remove; the import's progress, its replace-or-keep question and problems; damaged records;
// a dataset on screen that is not kept; and the hint shown while a file is dragged over.
import { useRef } from "react";
import { importDatasetFile } from "../../state/importActions";
import { DamagedDatasets } from "./DamagedDatasets";
import { ExportDatasetButton, TemplateMenu } from "./DatasetDownloads";
import { DatasetSwitcher } from "./DatasetSwitcher";
import { ImportStatus } from "./ImportStatus";
import { LibraryMenu } from "./LibraryMenu";
import { OpenDatasetInput } from "./OpenDatasetInput";
import { RemoveDataset } from "./RemoveDataset";
import { ReplaceOrKeepDialog } from "./ReplaceOrKeepDialog";
import { ShownDatasetNotKept } from "./ShownDatasetNotKept";
import { useFileDrop } from "./useFileDrop";
import "./LibraryBar.css";

const openFile = (file: File) => void importDatasetFile(file);

export function LibraryBar() {
  const isDragging = useFileDrop(openFile);
  const switcherRef = useRef<HTMLSelectElement>(null);
  return (
    <div className="library-bar">
      <DatasetSwitcher selectRef={switcherRef} />
      <div className="library-actions">
        <OpenDatasetInput />
        <ExportDatasetButton />
        <TemplateMenu />
        <LibraryMenu />
        {/* After a removal the switcher shows where the page went, so focus goes there. */}
        <RemoveDataset focusAfterRemoving={() => switcherRef.current} />
      </div>
      <ImportStatus />
      <DamagedDatasets />
      <ShownDatasetNotKept />
      <ReplaceOrKeepDialog />
      {isDragging && (
        <div className="drop-hint">
          <p>Drop a .json dataset or a statements .csv to open it</p>
        </div>
      )}
    </div>
  );
}
