// Decides whether a URL from data may become a link. Datasets come from files users import and
// share, so a javascript, data or file URL in one must never reach an href: only
// absolute http(s) URLs do. Imported files are validated against the same rule by the schema;
// this check also covers data that skipped validation (the bundled dataset, stored libraries).

// Returns the normalised http(s) URL, or null when the text is not one.
export function safeHttpUrl(text: string | null | undefined): string | null {
  if (typeof text !== "string") return null;
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // user:password@host URLs are a phishing disguise ("https://bank.com@evil.example").
  if (url.username !== "" || url.password !== "") return null;
  return url.href;
}

// The rel every link to another site carries: the opened page gets no handle on Parley's
// window (noopener) and learns nothing of the address it came from (noreferrer).
export const EXTERNAL_LINK_REL = "noopener noreferrer";
