// The largest file Parley opens. Kept apart from the readers (and zod) so the page can refuse
// a huge file by its size before reading a byte of it.

// Room for a 100k-statement dataset (the generated benchmark one is 47.3 MB of JSON), while
// a 50 MB file is refused before the tab holds the several copies (text, parsed, validated,
// stored) that opening it takes. Decimal megabytes, so "50 MB" is refused however it is counted.
export const MAX_FILE_BYTES = 48_000_000;

function formatSize(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

// Returns why a file of `size` bytes is refused, or null if its size is fine.
export function sizeRefusal(name: string, size: number): string | null {
  return size > MAX_FILE_BYTES
    ? `${name} is ${formatSize(size)}; Parley opens files of up to ${formatSize(MAX_FILE_BYTES)}.`
    : null;
}
