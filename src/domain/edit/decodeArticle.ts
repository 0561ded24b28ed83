// An article file's bytes as text. Most articles are UTF-8, but one saved by an older editor
// on Windows is often Latin-1 or windows-1252, and read as UTF-8 its accents became
// replacement characters ("Caf� na�ve"). A strict UTF-8 read fails on such bytes (a lone
// é is 0xE9, never valid UTF-8 before an ASCII letter), so the failure is the test.
// windows-1252 is what browsers read a declared "ISO-8859-1" file as, and it covers Latin-1.

export type ArticleEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedArticle {
  text: string;
  encoding: ArticleEncoding;
  // What the coder is told under the field, or "" when the file was UTF-8 as expected.
  note: string;
}

const NOTES: Record<ArticleEncoding, string> = {
  "utf-8": "",
  "utf-16le": "Read as UTF-16 (little-endian), as its first bytes say.",
  "utf-16be": "Read as UTF-16 (big-endian), as its first bytes say.",
  "windows-1252": "Read as Western European (windows-1252): it is not valid UTF-8.",
};

// A UTF-16 file says so in its first two bytes (its byte order mark); without one, UTF-8 is
// tried strictly and windows-1252 taken when it fails.
function encodingOf(bytes: Uint8Array): ArticleEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

// windows-1252's characters for the bytes 80–9F (the rest are Latin-1's, the byte's own code
// point); the five bytes it leaves undefined keep theirs, as browsers do. Written out because
// Node's TextDecoder reads "windows-1252" as ISO-8859-1, so these became control characters.
const WINDOWS_1252_80_TO_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  const characters: string[] = [];
  // In slices, so a 4 MB file never passes millions of arguments to fromCharCode at once.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_80_TO_9F.charCodeAt(byte - 0x80) : byte,
    );
    characters.push(String.fromCharCode(...codes));
  }
  return characters.join("");
}

export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  const encoding = encodingOf(bytes);
  // The decoders drop a byte order mark at the start, so it never reaches the text.
  const text =
    encoding === "windows-1252"
      ? decodeWindows1252(bytes)
      : new TextDecoder(encoding).decode(bytes);
  return { text, encoding, note: NOTES[encoding] };
}
