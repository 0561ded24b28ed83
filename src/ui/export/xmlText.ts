// XML 1.0 forbids some characters anywhere in a document, even escaped: the C0 controls other
// than tab, LF and CR, U+FFFE, U+FFFF, and a UTF-16 surrogate without its partner. A party
// name or stance label holding one would make the exported SVG a file no viewer opens (and the
// PNG, drawn from it, fail with "The source image cannot be decoded"). Each such character
// becomes U+FFFD, the replacement character, so the reader sees something was there.
export const REPLACEMENT = "\uFFFD";

function isForbiddenUnit(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  return code === 0xfffe || code === 0xffff;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

// Returns `text` with every character XML forbids replaced; the same string when it has none.
export function toXmlSafeText(text: string): string {
  let safe = "";
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) {
      safe += text[i] + (text[i + 1] as string);
      i++;
    } else if (isForbiddenUnit(code) || isHighSurrogate(code) || isLowSurrogate(code)) {
      safe += REPLACEMENT;
      changed = true;
    } else {
      safe += text[i];
    }
  }
  return changed ? safe : text;
}

// Makes every text node and attribute value under `root` (itself included) safe for XML.
export function makeXmlSafe(root: Element): void {
  const elements = [root, ...root.querySelectorAll("*")];
  for (const element of elements) {
    for (const attribute of element.attributes) {
      const safe = toXmlSafeText(attribute.value);
      if (safe !== attribute.value) attribute.value = safe;
    }
    for (const node of element.childNodes) {
      if (node.nodeType !== 3 && node.nodeType !== 4) continue;
      const data = (node as CharacterData).data;
      const safe = toXmlSafeText(data);
      if (safe !== data) (node as CharacterData).data = safe;
    }
  }
}
