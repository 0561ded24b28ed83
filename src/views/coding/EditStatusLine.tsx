// How the last change was saved, or why it was not. When the storage refused it (full), the
// change stays on screen and the dataset is offered as an export, so it can still be kept.
import { selectDataset } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { downloadText, exportFilename } from "../../ui/download";

export function EditStatusLine() {
  const status = useParleyStore((state) => state.editStatus);
  const dataset = useParleyStore(selectDataset);
  return (
    <p
      className={status?.tone === "error" ? "edit-status edit-status-error" : "edit-status"}
      role="status"
    >
      {status?.text}
      {status?.isUnkept && (
        <button
          type="button"
          onClick={() => {
            const name = exportFilename(dataset.meta.id, "dataset", new Date(), "json");
            downloadText(name, `${JSON.stringify(dataset, null, 2)}\n`, "application/json");
          }}
        >
          Export the edited dataset
        </button>
      )}
    </p>
  );
}
