// Property test: a link can hold anything (hand-edited, truncated, hostile). Parsing it never
// throws, keeps only ids the dataset has and dates inside its range, explains what it dropped
// briefly, and what it keeps survives a round trip through the URL.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileText } from "../domain/__fixtures__/hostileInput";
import { prototypePollution } from "../domain/__fixtures__/prototypeGuard";
import { twoPartiesOneChange as dataset } from "../domain/__fixtures__/twoPartiesOneChange";
import { indexStatements } from "../domain/statementIndex";
import { VIEW_IDS } from "./choices";
import { parseUrlState, serializeUrlState } from "./urlState";

const issueIds = new Set(dataset.issues.map((issue) => issue.id));
const partyIds = new Set(dataset.parties.map((party) => party.id));
const { dates } = indexStatements(dataset);
const [first = "", last = ""] = [dates[0], dates[dates.length - 1]];

const NAMES = ["view", "issues", "parties", "from", "to", "speaker", "q", "asOf", "compare"];
const name = fc.oneof(
  fc.constantFrom(...NAMES, "gap", "rows", "cell", "__proto__", "constructor"),
  fc.string({ maxLength: 6 }),
);
const idLike = fc.constantFrom(...issueIds, ...partyIds, ...VIEW_IDS, "parties", "issues", "x");
const value = fc.oneof(
  hostileText,
  fc.constantFrom(...dates, "2024-02-30", "9999-12-31", "0000-00-00", first, last),
  fc.array(idLike, { maxLength: 4 }).map((ids) => ids.join(",")),
  fc.tuple(idLike, idLike).map(([a, b]) => `${a}:${b}`),
  fc.string({ minLength: 500, maxLength: 2000 }),
);
const encode = fc.constantFrom(encodeURIComponent, (text: string) => text);
const query = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc
    .array(fc.tuple(name, value, encode), { maxLength: 8 })
    .map((pairs) => `?${pairs.map(([key, text, how]) => `${how(key)}=${how(text)}`).join("&")}`),
);

const inRange = (date: string | null) => date === null || (date >= first && date <= last);

// Generous: hundreds of generated cases can be slow on a busy CI machine.
describe("parseUrlState on any query string", { timeout: 30_000 }, () => {
  it("yields a state the dataset can show, with short notices", () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state, notices } = parseUrlState(search, dataset);
        expect(VIEW_IDS).toContain(state.view);
        for (const id of state.filters.issueIds) expect(issueIds.has(id)).toBe(true);
        for (const id of state.filters.partyIds) expect(partyIds.has(id)).toBe(true);
        for (const date of [state.filters.from, state.filters.to, state.asOf, state.compareFrom])
          expect(inRange(date)).toBe(true);
        if (state.gapParties) {
          const [a, b] = state.gapParties;
          expect(a !== b && partyIds.has(a) && partyIds.has(b)).toBe(true);
        }
        if (state.selectedCell) {
          expect(issueIds.has(state.selectedCell.issueId)).toBe(true);
          expect(partyIds.has(state.selectedCell.partyId)).toBe(true);
        }
        expect(["issues", "parties"]).toContain(state.matrixRowsAre);
        expect(state.filters.text.length).toBeLessThanOrEqual(200);
        // A pasted novel in a link must not become a novel on screen.
        for (const notice of notices) expect(notice.length).toBeLessThanOrEqual(200);
        expect(prototypePollution()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("what it keeps comes back unchanged through the URL", () => {
    fc.assert(
      fc.property(query, (search) => {
        const { state } = parseUrlState(search, dataset);
        const again = parseUrlState(serializeUrlState(state), dataset);
        expect(again.state).toEqual(state);
        expect(again.notices).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
