// "Export dataset" (the dataset shown, as a JSON bundle Parley opens again) and "Download
// template" (an empty bundle, or a statements CSV to fill in a spreadsheet).

import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { Disclosure } from "../../ui/Disclosure";
import { downloadText, exportFilename } from "../../ui/download";
import { isoDay } from "../../ui/exportFilename";

const JSON_MIME = "application/json";

export function ExportDatasetButton() {
  const dataset = useParleyStore(selectDataset);
  const notify = useParleyStore((state) => state.notify);
  return (
    <button
      type="button"
      onClick={() => {
        const name = exportFilename(dataset.meta.id, "dataset", new Date(), "json");
        downloadText(name, `${JSON.stringify(dataset, null, 2)}\n`, JSON_MIME);
        notify(`Exported “${dataset.meta.title}” as ${name}.`);
      }}
    >
      Export dataset
    </button>
  );
}

// The templates are built by the import code, which loads only when one is asked for.
async function downloadTemplate(kind: "json" | "csv"): Promise<void> {
  const { emptyDatasetTemplate, statementsCsvTemplate } = await import(
    "../../domain/import/templates"
  );
  if (kind === "csv")
    downloadText("parley-statements-template.csv", statementsCsvTemplate(), "text/csv");
  else
    downloadText(
      "parley-dataset-template.json",
      `${JSON.stringify(emptyDatasetTemplate(isoDay(new Date())), null, 2)}\n`,
      JSON_MIME,
    );
}

export function TemplateMenu() {
  return (
    <Disclosure className="library-menu" isPopover label="Download template">
      <div className="popover-panel library-menu-panel">
        <button type="button" onClick={() => void downloadTemplate("csv")}>
          Statements CSV template
        </button>
        <button type="button" onClick={() => void downloadTemplate("json")}>
          Empty JSON dataset
        </button>
        <p className="hint">
          Fill the CSV in a spreadsheet, one row per statement, and open it here.
        </p>
      </div>
    </Disclosure>
  );
}
