// Property tests: whatever bytes a user opens, the import answers with a result (never a
// throw) and pollutes no prototype. Runs are kept small so the unit suite stays fast.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { hostileJson, hostileText } from "../__fixtures__/hostileInput";
import { oddPrototypes, POLLUTING_KEYS, prototypePollution } from "../__fixtures__/prototypeGuard";
import { twoPartiesOneChange } from "../__fixtures__/twoPartiesOneChange";
import { writeCsv } from "../csv";
import { readDatasetFile } from "./readDatasetFile";
import { STATEMENT_CSV_COLUMNS } from "./statementsCsv";

const today = "2026-01-02";
const bytesOf = (text: string) => new TextEncoder().encode(text);
const names = fc.constantFrom("data.json", "data.csv", "data.txt", "DATA.JSON", "noextension");

// JSON text with a literal "__proto__" key, which JSON.stringify of a dictionary cannot write.
const protoJsonText = hostileJson.map(
  (value) =>
    `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"meta":${JSON.stringify(value)}}`,
);

function expectSafeRead(name: string, bytes: Uint8Array) {
  const result = readDatasetFile({ name, bytes, today });
  expect(typeof result.ok).toBe("boolean");
  if (result.ok) expect(oddPrototypes(result.value)).toEqual([]);
  else expect(result.message.length).toBeGreaterThan(0);
  expect(prototypePollution()).toEqual([]);
}

afterEach(() => {
  expect(prototypePollution()).toEqual([]);
});

// Generous: hundreds of generated cases can be slow on a busy CI machine.
describe("readDatasetFile never throws and never pollutes", { timeout: 30_000 }, () => {
  it("on random bytes", () => {
    fc.assert(
      fc.property(names, fc.uint8Array({ maxLength: 600 }), (name, bytes) =>
        expectSafeRead(name, bytes),
      ),
      { numRuns: 150 },
    );
  });

  it("on random JSON with prototype keys", () => {
    fc.assert(
      fc.property(hostileJson, (value) =>
        expectSafeRead("data.json", bytesOf(JSON.stringify(value))),
      ),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(protoJsonText, (text) => expectSafeRead("data.json", bytesOf(text))),
      { numRuns: 50 },
    );
  });

  it("on a valid dataset with hostile keys and values spliced in", () => {
    const valid = JSON.stringify(twoPartiesOneChange);
    expect(readDatasetFile({ name: "ok.json", bytes: bytesOf(valid), today }).ok).toBe(true);
    fc.assert(
      fc.property(
        fc.constantFrom("meta", "parties", "issues", "statements", "sources"),
        fc.constantFrom(...POLLUTING_KEYS),
        hostileJson,
        (section, key, value) => {
          const opening = `"${section}":${section === "meta" ? "{" : "[{"}`;
          // Written as JSON text so "__proto__" arrives as an own key, as in a real file.
          const text = valid.replace(opening, () => `${opening}"${key}":${JSON.stringify(value)},`);
          expect(text).not.toBe(valid);
          expect(() => JSON.parse(text)).not.toThrow();
          expectSafeRead("data.json", bytesOf(text));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("on random statements CSVs", () => {
    const row = fc.array(hostileText, {
      minLength: 0,
      maxLength: STATEMENT_CSV_COLUMNS.length + 2,
    });
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...STATEMENT_CSV_COLUMNS, "__proto__", "constructor"]),
        fc.array(row, { maxLength: 6 }),
        (header, rows) => expectSafeRead("data.csv", bytesOf(writeCsv([header, ...rows]))),
      ),
      { numRuns: 150 },
    );
  });

  it("on raw CSV-ish text with stray quotes and line ends", () => {
    const csvChars = fc.constantFrom('"', ",", "\r", "\n", "a", "=", "1", "_", "é", "\uFEFF");
    fc.assert(
      fc.property(fc.array(csvChars, { maxLength: 200 }), (chars) =>
        expectSafeRead("data.csv", bytesOf(`date,party,issue,summary,source\n${chars.join("")}`)),
      ),
      { numRuns: 150 },
    );
  });
});
