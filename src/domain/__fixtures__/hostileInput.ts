// fast-check arbitraries for hostile input: text and JSON that carry the characters and keys
// attacks on parsers use (prototype keys, markup, formulas, quotes, line ends, BOM, NUL).
import fc from "fast-check";
import { POLLUTING_KEYS } from "./prototypeGuard";

// Text full of the characters that matter to JSON, CSV and HTML, plus the prototype keys.
export const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    ...POLLUTING_KEYS,
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://evil.example")',
    "javascript:alert(1)",
    '"',
    ",",
    "\r\n",
    "\uFEFF",
    "\u0000",
  ),
);

// JSON values whose objects use the keys that reach prototypes.
export const hostileJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom(null, true, 0, -1, 1e308),
    hostileText,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string({ maxLength: 8 })),
      tie("value"),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;
