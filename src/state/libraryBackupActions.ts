// "Export library" (every stored dataset in one file) and "Import library" (restore it,
// asking about each id already kept: replace or keep both).

import { DEFAULT_DATASET_KEY } from "../data/defaultDataset";
import { sizeRefusal } from "../domain/import/fileSize";
import { reasonOf } from "../domain/result";
import { refreshLibrary } from "./datasetActions";
import { keepDataset } from "./keepDataset";
import { runInLibraryQueue } from "./libraryQueue";
import { useParleyStore } from "./store";

const { getState, setState } = useParleyStore;

// The library file's text in parts, and how many datasets it holds.
export async function exportLibraryParts(): Promise<{ parts: string[]; count: number }> {
  const [{ readAllRecords }, { libraryFileParts }] = await Promise.all([
    import("../storage/datasetLibrary"),
    import("../storage/libraryFile"),
  ]);
  const stored = await readAllRecords();
  const parts = libraryFileParts(
    stored.map(({ record, summary }) => ({ record, damage: summary?.damage ?? null })),
    new Date().toISOString(),
  );
  return { parts, count: stored.length };
}

// Restores the library file `file`; says how it went in the import status.
export async function importLibraryFile(file: File): Promise<void> {
  const ended = (text: string) => setState({ importStatus: { text, isBusy: false } });
  setState({ importStatus: { text: `Reading ${file.name}…`, isBusy: true }, importFailure: null });
  // Bounded before reading: a 480 MB library file was read whole.
  const tooLarge = sizeRefusal(file.name, file.size, "library");
  if (tooLarge) return refuse(file.name, tooLarge, []);
  try {
    const { readLibraryFile } = await import("../storage/libraryFile");
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch (error) {
      return refuse(file.name, `${file.name} is not valid JSON (${reasonOf(error)}).`, []);
    }
    const read = readLibraryFile(value);
    if (!read.ok)
      return refuse(file.name, `${file.name} is not a Parley library file.`, read.problems);
    let restored = 0;
    let damaged = 0;
    const refused: string[] = [];
    for (const [index, entry] of read.value.entries()) {
      setState({
        importStatus: {
          text: `${file.name}: restoring ${index + 1} of ${read.value.length}…`,
          isBusy: true,
        },
      });
      // The same limit as "Open dataset…", before the text is parsed: a 60 MB dataset inside a
      // library file had been restored although opening its text alone was refused.
      const oversize = sizeRefusal(`“${entry.key}”`, new Blob([entry.json]).size);
      if (oversize) {
        refused.push(oversize);
        continue;
      }
      const { checkStoredText } = await import("../storage/checkStoredDataset");
      const checked =
        entry.damage === null ? await checkStoredText(entry.json, `"${entry.key}"`) : null;
      if (checked?.ok) {
        const outcome = await keepDataset({ ...entry, dataset: checked.value });
        if (outcome.kind === "kept") restored++;
        continue;
      }
      // Kept as it is, listed as damaged: a backup restores everything it holds.
      await keepDamaged(entry, checked?.message ?? entry.damage ?? "it could not be read");
      damaged++;
    }
    await refreshLibrary();
    ended(
      `Restored ${restored} of ${read.value.length} datasets from ${file.name}${damaged > 0 ? `; ${damaged} kept as damaged` : ""}${refused.length > 0 ? `; ${refused.length} not restored (over the size limit)` : ""}.`,
    );
    for (const reason of refused) getState().notify(`Not restored: ${reason}`, "error");
  } catch (error) {
    refuse(file.name, `${file.name} could not be restored (${reasonOf(error)}).`, []);
  }
}

async function keepDamaged(
  entry: { key: string; fileName: string; importedAt: string; json: string },
  damage: string,
): Promise<void> {
  const { writeDataset } = await import("../storage/datasetLibrary");
  await runInLibraryQueue(() =>
    writeDataset(
      { kind: "add", wantedKey: entry.key },
      { ...entry, title: entry.key, metaId: "", statementCount: 0, damage },
      new Set([DEFAULT_DATASET_KEY]),
    ),
  ).catch((error: unknown) =>
    getState().notify(`${entry.key} could not be restored (${reasonOf(error)}).`, "error"),
  );
}

function refuse(fileName: string, message: string, problems: string[]): void {
  setState({
    importFailure: {
      fileName,
      message,
      problems: problems.map((found) => ({
        path: "(library file)",
        expected: "a Parley library",
        found,
      })),
    },
    importStatus: { text: `Could not open ${fileName}.`, isBusy: false },
  });
}
