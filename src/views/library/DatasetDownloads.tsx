// "Export dataset" (the dataset shown, as a JSON bundle Parley opens again; also without its
// articles' texts once it has some) and "Download template" (an empty bundle, or a statements
// CSV to fill in a spreadsheet).

import type { Dataset } from "../../domain/schema";
import { hasSourceTexts, withoutSourceTexts } from "../../domain/withoutSourceTexts";
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { Disclosure } from "../../ui/Disclosure";
import { downloadText, exportFilename } from "../../ui/download";
import { isoDay } from "../../ui/exportFilename";

const JSON_MIME = "application/json";

export function ExportDatasetButton() {
  const dataset = useParleyStore(selectDataset);
  const notify = useParleyStore((state) => state.notify);
  const exportAs = (shared: Dataset, view: string, what: string) => {
    const name = exportFilename(dataset.meta.id, view, new Date(), "json");
    downloadText(name, `${JSON.stringify(shared, null, 2)}\n`, JSON_MIME);
    notify(`Exported “${dataset.meta.title}”${what} as ${name}.`);
  };
  return (
    <>
      <button type="button" onClick={() => exportAs(dataset, "dataset", "")}>
        Export dataset
      </button>
      {/* Offered once a source carries its article: the citations can be shared without
          passing on text that may not be the user's to share. */}
      {hasSourceTexts(dataset) && (
        <button
          type="button"
          onClick={() =>
            exportAs(
              withoutSourceTexts(dataset),
              "dataset-without-texts",
              " without its articles' texts",
            )
          }
        >
          Export without article texts
        </button>
      )}
    </>
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
