// The largest files Parley reads. Kept apart from the readers (and zod) so the page can refuse
// a huge file by its size before reading a byte of it (SECURITY.md, "Every read bounded").

// Room for a 100k-statement dataset (the generated benchmark one is 47.3 MB of JSON), while
// a 50 MB file is refused before the tab holds the several copies (text, parsed, validated,
// stored) that opening it takes. Decimal megabytes, so "50 MB" is refused however it is counted.
export const MAX_FILE_BYTES = 48_000_000;

// An article's text is kept up to 1,000,000 characters (SOURCE_TEXT_MAX); a file four times
// that leaves room for HTML markup and multi-byte scripts, and reads in well under a second.
// A 120 MB .txt crashed the tab when it was read whole (issue 24).
export const MAX_ARTICLE_FILE_BYTES = 4_000_000;

// A library backup holds several datasets, each within MAX_FILE_BYTES: three full-size ones
// and room for the file's own wrapping. Read whole and parsed at once, so it is bounded too.
export const MAX_LIBRARY_FILE_BYTES = 150_000_000;

export type FileKind = "dataset" | "article" | "library";

const LIMITS: Record<FileKind, { bytes: number; phrase: string }> = {
  dataset: { bytes: MAX_FILE_BYTES, phrase: "Parley opens files" },
  article: { bytes: MAX_ARTICLE_FILE_BYTES, phrase: "Parley reads article files" },
  library: { bytes: MAX_LIBRARY_FILE_BYTES, phrase: "Parley reads library files" },
};

const bytes = (count: number) => `${count.toLocaleString("en-GB")} bytes`;

// Megabytes rounded down, to as many decimals as it takes to differ from the limit: a file one
// byte over must never read "48.0 MB; Parley opens files of up to 48.0 MB".
function formatSize(size: number, limit: number): string {
  const mb = size / 1_000_000;
  for (let digits = 1; digits <= 6; digits++) {
    const shown = Math.floor(mb * 10 ** digits) / 10 ** digits;
    if (shown * 1_000_000 > limit) return `${shown.toFixed(digits)} MB`;
  }
  return bytes(size);
}

// Returns why a file of `size` bytes is refused, or null if its size is fine.
export function sizeRefusal(name: string, size: number, kind: FileKind = "dataset"): string | null {
  const { bytes: limit, phrase } = LIMITS[kind];
  return size > limit
    ? `${name} is ${formatSize(size, limit)}, over the limit: ${phrase} of up to ${limit / 1_000_000} MB (${bytes(limit)}).`
    : null;
}
