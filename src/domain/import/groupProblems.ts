// Folds problems a user can fix in one place into one line, and keeps the list short enough
// to read. A repeated mistake is grouped by its kind (where, in the shape of the path, and what
// was expected), not by its value: 315 rows with 13 different wrong dates are one problem
// ("column date: expected an ISO date, 315 rows"), not 13.
import type { Problem } from "../validate";

// How many of a group's different found values are named ("and 10 other values" after).
const NAMED_VALUES = 3;

export interface ProblemGroup {
  problem: Problem; // the first occurrence
  count: number;
  // The different values found, in the order met: the first NAMED_VALUES of them.
  foundValues: string[];
  // How many different values were found in all.
  foundCount: number;
}

export interface ProblemList {
  groups: ProblemGroup[]; // at most `limit`
  hiddenCount: number; // groups left out ("and N more")
}

// statements[12].issueId → statements[*].issueId; row 14, column issue → column issue
function shapeOf(path: string): string {
  return path.replace(/\[\d+\]/g, "[*]").replace(/^row \d+, /, "");
}

export function groupProblems(problems: readonly Problem[], limit = 50): ProblemList {
  const groups = new Map<string, { group: ProblemGroup; found: Set<string> }>();
  for (const problem of problems) {
    const key = `${shapeOf(problem.path)}\u0000${problem.expected}`;
    const entry = groups.get(key);
    if (!entry) {
      const group = { problem, count: 1, foundValues: [problem.found], foundCount: 1 };
      groups.set(key, { group, found: new Set([problem.found]) });
      continue;
    }
    entry.group.count += 1;
    if (entry.found.has(problem.found)) continue;
    entry.found.add(problem.found);
    entry.group.foundCount += 1;
    if (entry.group.foundValues.length < NAMED_VALUES) entry.group.foundValues.push(problem.found);
  }
  const all = [...groups.values()].map(({ group }) => group);
  return { groups: all.slice(0, limit), hiddenCount: Math.max(0, all.length - limit) };
}

// What a group found, for its "Found" line: the one value, or the first few and how many more.
export function describeFound(group: ProblemGroup): string {
  const named = group.foundValues.join(", ");
  const others = group.foundCount - group.foundValues.length;
  if (others === 0) return named;
  return `${named} and ${others} other ${others === 1 ? "value" : "values"}`;
}
