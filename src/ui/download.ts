// Saves what the page built (text, a chart's image) as a file, without a server round trip.
export { exportFilename } from "./exportFilename";

// Offers `text` as a download named `filename`. Large text can come in parts (e.g. from
// writeCsvParts): the Blob takes them as they are, with no joined copy.
export function downloadText(
  filename: string,
  text: string | readonly string[],
  mime: string,
): void {
  const parts = typeof text === "string" ? [text] : [...text];
  downloadBlob(filename, new Blob(parts, { type: mime }));
}

// Offers a file the page built (text or binary, such as a chart's PNG) as a download.
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  // Firefox ignores clicks on links that are not in the document.
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
