// The largest file Parley opens. Kept apart from the readers (and zod) so the page can refuse
// a huge file by its size before reading a byte of it.

// Room for a 100k-statement dataset (the generated benchmark one is 47.3 MB of JSON), while
// a 50 MB file is refused before the tab holds the several copies (text, parsed, validated,
// stored) that opening it takes. Decimal megabytes, so "50 MB" is refused however it is counted.
export const MAX_FILE_BYTES = 48_000_000;

const bytes = (count: number) => `${count.toLocaleString("en-GB")} bytes`;

// Megabytes rounded down, to as many decimals as it takes to differ from the limit: a file one
// byte over must never read "48.0 MB; Parley opens files of up to 48.0 MB".
function formatSize(size: number): string {
  const mb = size / 1_000_000;
  for (let digits = 1; digits <= 6; digits++) {
    const shown = Math.floor(mb * 10 ** digits) / 10 ** digits;
    if (shown * 1_000_000 > MAX_FILE_BYTES) return `${shown.toFixed(digits)} MB`;
  }
  return bytes(size);
}

// Returns why a file of `size` bytes is refused, or null if its size is fine.
export function sizeRefusal(name: string, size: number): string | null {
  return size > MAX_FILE_BYTES
    ? `${name} is ${formatSize(size)}, over the limit: Parley opens files of up to ${MAX_FILE_BYTES / 1_000_000} MB (${bytes(MAX_FILE_BYTES)}).`
    : null;
}
