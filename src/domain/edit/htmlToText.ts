// An HTML article reduced to its text, for quoting. The result is plain text shown as a text
// node, never parsed or rendered as HTML, so nothing in the file can run. DOMParser would do
// this in the browser, but it is not in Node (the tests, the command line) nor in a worker: a
// small scanner that knows which elements end a line and which hold no reading text is enough
// for articles.
//
// One pass, left to right, each character looked at a bounded number of times: the regular
// expressions this replaced (`<!--[\s\S]*?-->`, `<[a-z][^>]*>`) rescanned to the end of the
// file from every `<` that had no end, so an unclosed comment or tag froze the tab for 3.7 s
// at 150 KB and 8.2 s at 160 KB (issue 19). Where the file is broken, the text is what a
// browser would show: an unclosed comment, script or tag hides the rest of the file, and a `<`
// that cannot start a tag (`a < b`) is text.

// Elements whose content is not the article's reading text. A raw-text element ends at the
// first closing tag of its name, whatever it holds (a `<script>` inside a script is text).
const RAW_TEXT_HIDDEN = new Set(["script", "style", "noscript", "iframe", "xmp", "noembed"]);
// These hold markup: nested elements of the same name are counted, so the outer one's end is
// found.
const NESTED_HIDDEN = new Set(["head", "svg", "template", "object", "math"]);
// Elements that start a new line of text where they open or close.
const BLOCK = new Set([
  ..."p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer".split(" "),
  ..."blockquote figure figcaption pre hr dd dt dl main aside nav".split(" "),
]);

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

// The lengths are bounded so a long run of letters or digits after `&` is tried once, not once
// per possible length; no entity Parley decodes is longer.
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|[a-z]{1,10});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const isHex = body[1] === "x" || body[1] === "X";
      return codePointText(Number.parseInt(body.slice(isHex ? 2 : 1), isHex ? 16 : 10), whole);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
// The characters that end a tag's name: white space, `/` and `>`.
const endsTagName = (code: number) =>
  code === 32 ||
  code === 9 ||
  code === 10 ||
  code === 12 ||
  code === 13 ||
  code === 47 ||
  code === 62;

// Whether the `<` at `open` starts a tag, a comment or a declaration (as a browser reads it).
function startsMarkup(html: string, open: number): boolean {
  const next = html.charCodeAt(open + 1);
  if (next === 33 || next === 63) return true; // <! and <?
  return isAsciiLetter(next === 47 ? html.charCodeAt(open + 2) : next);
}

// Where the tag whose name ends at `from` closes (the index just past its `>`), or -1 if the
// file ends first. A `>` inside a quoted attribute value does not close it.
function tagEnd(html: string, from: number): number {
  let index = from;
  while (index < html.length) {
    const char = html[index];
    if (char === ">") return index + 1;
    if (char === "=") {
      index++;
      while (index < html.length && /\s/.test(html[index] as string)) index++;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        if (close < 0) return -1;
        index = close + 1;
        continue;
      }
      continue;
    }
    index++;
  }
  return -1;
}

// How often, in characters, a long reduction reports how far it has come.
const PROGRESS_STEP = 65_536;

// The reading text of an HTML document: hidden elements and comments dropped, a line break
// where a block element opens or closes, other tags removed, entities decoded, white space
// within a line folded and blank lines kept to one. `onProgress` is told the share of the
// file read so far (0 to 1), about every 64 K characters.
export function htmlToText(html: string, onProgress?: (share: number) => void): string {
  // ASCII letters lowered in place, so the names of tags are found at the same indices (a
  // full toLowerCase can change a string's length: "İ" becomes two code units).
  const lowered = html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  const pieces: string[] = [];
  // Inside a hidden element that nests (head, svg…): its name and how deep.
  let hiddenName = "";
  let hiddenDepth = 0;
  let nextReport = PROGRESS_STEP;
  let index = 0;
  const emit = (text: string) => {
    if (hiddenDepth === 0 && text !== "") pieces.push(text);
  };
  while (index < html.length) {
    if (onProgress && index >= nextReport) {
      onProgress(index / html.length);
      nextReport = index + PROGRESS_STEP;
    }
    // `a < b`, `<<<`, `</ >`: a `<` that cannot start markup is text, passed over here.
    let open = html.indexOf("<", index);
    while (open >= 0 && !startsMarkup(html, open)) open = html.indexOf("<", open + 1);
    if (open < 0) {
      emit(html.slice(index));
      break;
    }
    emit(html.slice(index, open));
    const next = html.charCodeAt(open + 1);
    if (lowered.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      if (close < 0) break; // an unclosed comment hides the rest, as in a browser
      index = close + 3;
      continue;
    }
    if (next === 33 || next === 63) {
      // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>: markup declarations, up to the next `>`.
      const close = html.indexOf(">", open + 2);
      if (close < 0) break;
      index = close + 1;
      continue;
    }
    const isClosing = next === 47;
    const nameStart = open + (isClosing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < html.length && !endsTagName(html.charCodeAt(nameEnd))) nameEnd++;
    const name = lowered.slice(nameStart, nameEnd);
    const end = tagEnd(html, nameEnd);
    if (end < 0) break; // a tag the file ends inside hides the rest, as in a browser
    index = end;
    if (hiddenDepth > 0) {
      if (name === hiddenName) hiddenDepth += isClosing ? -1 : 1;
      continue;
    }
    if (isClosing) {
      if (BLOCK.has(name)) emit("\n");
      continue;
    }
    if (RAW_TEXT_HIDDEN.has(name)) {
      const close = lowered.indexOf(`</${name}`, index);
      if (close < 0) break; // an unclosed script hides the rest, as in a browser
      const closeEnd = tagEnd(html, close + 2 + name.length);
      if (closeEnd < 0) break;
      index = closeEnd;
      continue;
    }
    if (NESTED_HIDDEN.has(name) && html[end - 2] !== "/") {
      hiddenName = name;
      hiddenDepth = 1;
      continue;
    }
    if (BLOCK.has(name)) emit("\n");
  }
  return decodeEntities(pieces.join(""))
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
