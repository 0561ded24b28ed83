// "Export library" writes every stored dataset into one file; "Import library" reads it back.
// Each dataset's JSON text travels as a string (not spliced in as an object): a stored text
// that was damaged after it was kept then cannot break the file around it, and a damaged
// record is carried as it is, so a restore loses nothing either.
import { type RecordParts, rawRecordText, readRecordParts } from "./recordShape";

const FORMAT = "parley-library";
const VERSION = 1;

export interface BackupEntry {
  key: string;
  fileName: string;
  importedAt: string;
  json: string;
  damage: string | null; // why it did not read when exported; null when it did
}

export type LibraryFileRead =
  | { ok: true; value: BackupEntry[] }
  | { ok: false; problems: string[] };

// The file's text in parts (one per dataset), for a Blob: no joined copy of a large library.
export function libraryFileParts(
  stored: readonly { record: unknown; damage: string | null }[],
  exportedAt: string,
): string[] {
  const entries = stored.map(({ record, damage }, index) => {
    const parts = readRecordParts(record);
    const entry: BackupEntry = parts.ok
      ? { ...partsOnly(parts.value), damage }
      : {
          key: String((record as { key?: unknown } | null)?.key ?? `record-${index + 1}`),
          fileName: "",
          importedAt: "",
          json: rawRecordText(record),
          damage: parts.reason,
        };
    return `${index === 0 ? "" : ",\n"}${JSON.stringify(entry)}`;
  });
  return [
    `{"format":${JSON.stringify(FORMAT)},"version":${VERSION},"exportedAt":${JSON.stringify(exportedAt)},"datasets":[\n`,
    ...entries,
    "\n]}\n",
  ];
}

function partsOnly({ key, fileName, importedAt, text }: RecordParts): Omit<BackupEntry, "damage"> {
  return { key, fileName, importedAt, json: text };
}

// Reads a parsed library file; says what is wrong with it rather than throwing.
export function readLibraryFile(value: unknown): LibraryFileRead {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return { ok: false, problems: ["the file is not a Parley library (no object at its top)"] };
  const { format, datasets } = value as Record<string, unknown>;
  if (format !== FORMAT)
    return {
      ok: false,
      problems: [`the file is not a Parley library ("format" is not "${FORMAT}")`],
    };
  if (!Array.isArray(datasets)) return { ok: false, problems: ['"datasets" is not a list'] };
  const entries: BackupEntry[] = [];
  const problems: string[] = [];
  datasets.forEach((candidate: unknown, index) => {
    const entry = backupEntry(candidate);
    if (entry) entries.push(entry);
    else problems.push(`datasets[${index}] has no key or no JSON text`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: entries };
}

function backupEntry(candidate: unknown): BackupEntry | null {
  if (candidate === null || typeof candidate !== "object") return null;
  const { key, fileName, importedAt, json, damage } = candidate as Record<string, unknown>;
  if (typeof key !== "string" || typeof json !== "string") return null;
  return {
    key,
    fileName: typeof fileName === "string" ? fileName : "",
    importedAt: typeof importedAt === "string" ? importedAt : "",
    json,
    damage: typeof damage === "string" ? damage : null,
  };
}
