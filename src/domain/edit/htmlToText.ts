// An HTML article reduced to its text, for quoting. The result is plain text shown as a text
// node, never parsed or rendered as HTML, so nothing in the file can run. DOMParser would do
// this in the browser, but it is not in Node (the tests, the import worker): a small stripper
// that knows which elements end a line and which hold no reading text is enough for articles.

// Elements whose content is not the article's reading text.
const HIDDEN =
  /<(script|style|noscript|template|head|svg|iframe|object)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// Elements that start a new line of text where they open or close.
const BLOCK =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote|figure|figcaption|pre|hr|dd|dt|dl|main|aside|nav)\b[^>]*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  shy: "",
};

function codePointText(codePoint: number, original: string): string {
  const isValid =
    Number.isInteger(codePoint) &&
    codePoint > 0 &&
    codePoint <= 0x10ffff &&
    !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return isValid ? String.fromCodePoint(codePoint) : original;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const isHex = body[1] === "x" || body[1] === "X";
      return codePointText(Number.parseInt(body.slice(isHex ? 2 : 1), isHex ? 16 : 10), whole);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

// The reading text of an HTML document: hidden elements and comments dropped, a line break
// where a block element opens or closes, other tags removed, entities decoded, white space
// within a line folded and blank lines kept to one.
export function htmlToText(html: string): string {
  const withoutTags = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(HIDDEN, "")
    .replace(BLOCK, "\n")
    .replace(/<\/?[a-z!?][^>]*>/gi, "");
  return decodeEntities(withoutTags)
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// Whether a file's name or type says it is HTML.
export function isHtmlFile(name: string, type: string): boolean {
  return /\.html?$/i.test(name) || type === "text/html";
}
