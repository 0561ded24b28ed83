// The dataset controls under the title: switch, open, export, templates, remove; the import's
// progress and problems; and the hint shown while a file is dragged over the page.
import { useRef } from "react";
import { importDatasetFile } from "../../state/datasetActions";
import { ExportDatasetButton, TemplateMenu } from "./DatasetDownloads";
import { DatasetSwitcher } from "./DatasetSwitcher";
import { ImportStatus } from "./ImportStatus";
import { OpenDatasetInput } from "./OpenDatasetInput";
import { RemoveDataset } from "./RemoveDataset";
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
        {/* After a removal the switcher shows where the page went, so focus goes there. */}
        <RemoveDataset focusAfterRemoving={() => switcherRef.current} />
      </div>
      <ImportStatus />
      {isDragging && (
        <div className="drop-hint">
          <p>Drop a .json dataset or a statements .csv to open it</p>
        </div>
      )}
    </div>
  );
}
