// Folds problems a user can fix in one place (an unknown issue id used 200 times) into one line,
// and keeps the list short enough to read.
import type { Problem } from "../validate";

export interface ProblemGroup {
  problem: Problem; // the first occurrence
  count: number;
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
  const groups = new Map<string, ProblemGroup>();
  for (const problem of problems) {
    const key = `${shapeOf(problem.path)}\u0000${problem.expected}\u0000${problem.found}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { problem, count: 1 });
  }
  const all = [...groups.values()];
  return { groups: all.slice(0, limit), hiddenCount: Math.max(0, all.length - limit) };
}
