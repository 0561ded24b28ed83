// Saves text the page built as a file, without a server round trip.
export { exportFilename } from "./exportFilename";

// Offers `text` as a download named `filename`. Large text can come in parts (e.g. from
// writeCsvParts): the Blob takes them as they are, with no joined copy.
export function downloadText(
  filename: string,
  text: string | readonly string[],
  mime: string,
): void {
  const parts = typeof text === "string" ? [text] : [...text];
  const url = URL.createObjectURL(new Blob(parts, { type: mime }));
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
