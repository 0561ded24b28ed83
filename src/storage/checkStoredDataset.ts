// Validates a stored dataset's text before it is shown: in the import worker when it is big,
// so opening a 100k-statement dataset never holds up the page, else on the main thread.
import { MAX_FILE_BYTES } from "../domain/import/fileSize";
import { succeed } from "../domain/result";
import { type DatasetTextRead, storedFailure } from "./storedRecord";

// Below about 2 MB of JSON the validator takes tens of milliseconds: starting a worker (and
// loading zod into it) would cost more than it saves.
const WORKER_FROM_CHARS = 2_000_000;

// `label` names the dataset in the reason, e.g. `"talks" (talks.json)`.
export async function checkStoredText(text: string, label: string): Promise<DatasetTextRead> {
  const file = new File([text], "stored-dataset.json", { type: "application/json" });
  // The worker refuses files over the import limit; a stored one that big is checked here.
  if (
    text.length >= WORKER_FROM_CHARS &&
    file.size <= MAX_FILE_BYTES &&
    typeof Worker !== "undefined"
  ) {
    const { importInWorker } = await import("../workers/importInWorker");
    const result = await importInWorker(file, () => undefined);
    if (result.ok) return succeed(result.value.dataset, result.warnings);
    const count = result.problemCount ?? result.problems.length;
    return count > 0
      ? storedFailure(`${label} no longer validates: ${count} problem(s)`, result.problems)
      : storedFailure(`${label} could not be read (${result.message})`);
  }
  const { validateDatasetText } = await import("./storedRecord");
  return validateDatasetText(text, label);
}
