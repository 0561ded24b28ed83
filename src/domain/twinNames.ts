// Names in an imported dataset that read the same (nameKey.ts): the contract allows them, so
// the import is not refused, but the two parties, issues or stances would show as two identical
// columns or options, so the import says which.
import { nameKey } from "./nameKey";
import type { Dataset } from "./schema";

// One sentence per kind of twin found, naming the first few pairs; none when there are none.
export function twinNameWarnings(dataset: Pick<Dataset, "parties" | "issues">): string[] {
  const pairs = (names: readonly { at: string; name: string }[]) => {
    const firstByKey = new Map<string, { at: string; name: string }>();
    const found: string[] = [];
    for (const each of names) {
      const key = nameKey(each.name);
      const first = firstByKey.get(key);
      if (first) found.push(`${JSON.stringify(first.name)} (${first.at}) and ${each.at}`);
      else firstByKey.set(key, each);
    }
    return found;
  };
  const warnings: string[] = [];
  const add = (what: string, found: string[]) => {
    if (found.length === 0) return;
    const shown = found.slice(0, 3).join("; ");
    const more = found.length > 3 ? ` and ${found.length - 3} more` : "";
    warnings.push(
      `${what} whose names differ only in case, spacing or invisible characters, and show as one name twice: ${shown}${more}.`,
    );
  };
  add(
    "Parties",
    pairs(dataset.parties.map((party, i) => ({ at: `parties[${i}]`, name: party.name }))),
  );
  add(
    "Issues",
    pairs(dataset.issues.map((issue, i) => ({ at: `issues[${i}]`, name: issue.name }))),
  );
  add(
    "Stances of one issue",
    dataset.issues.flatMap((issue, i) =>
      pairs(
        issue.stances.map((stance, j) => ({
          at: `issues[${i}].stances[${j}]`,
          name: stance.label,
        })),
      ),
    ),
  );
  return warnings;
}
