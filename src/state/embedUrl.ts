// An embed (issue 22): "?embed=1" shows one view read-only, without the header, filters and
// tabs, for an iframe in someone else's page. The parameter belongs to the page, not to the
// choices: it is read once, kept in the address while the view changes, and dropped from the
// link back to the full view.

export const EMBED_PARAMETER = "embed";

export function isEmbedSearch(search: string): boolean {
  return new URLSearchParams(search).get(EMBED_PARAMETER) === "1";
}

// Returns `search` ("" or "?…", as serializeUrlState writes it) with embed=1 at its end.
export function withEmbed(search: string): string {
  return `${search === "" ? "?" : `${search}&`}${EMBED_PARAMETER}=1`;
}

// Returns `href` without the embed parameter: the full view with the same choices. The other
// parameters stay as written (URLSearchParams would re-encode every comma).
export function withoutEmbed(href: string): string {
  const url = new URL(href);
  const kept = url.search
    .slice(1)
    .split("&")
    .filter((part) => part !== "" && part.split("=")[0] !== EMBED_PARAMETER);
  url.search = kept.length > 0 ? `?${kept.join("&")}` : "";
  return url.href;
}
