// The form of a party's, issue's or stance's name that two names are compared in. Names that
// differ only in ways a reader cannot see (NFC "Café" and NFD "Cafe\u0301", a doubled inner
// space, a zero-width or no-break space, case) showed as two identical columns; compared in
// this form, they are one name.

// Zero-width space, non-joiner and joiner, and the byte order mark (a zero-width no-break
// space): invisible, and not white space to collapse, so removed. They are not in `\s`, except
// U+FEFF.
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;
// `\s` holds the no-break spaces (U+00A0, U+2007, U+202F) and every other space and line end.
const WHITE_SPACE = /\s+/g;

export function nameKey(name: string): string {
  return name
    .normalize("NFC")
    .replace(ZERO_WIDTH, "")
    .replace(WHITE_SPACE, " ")
    .trim()
    .toLowerCase();
}

// Whether two names are the same name once compared in their key form.
export const isSameName = (a: string, b: string) => nameKey(a) === nameKey(b);
