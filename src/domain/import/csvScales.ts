// Builds each issue's scale from a statements CSV: the stances its rows take, and the ones
// their acceptable ranges and condition links name, ordered by stance rank where given (the
// "Stance position" the export writes, "2 of 6"), else in the order they first appear.
import { DATASET_LIMITS } from "../limits";
import { describeValue } from "../problemList";
import type { Problem } from "../result";
import type { Issue } from "../schema";
import { readConditionLinksCell, readStanceRef, type StanceRef } from "../statementCells";
import { NO_STANCE } from "../statementText";
import { type CsvRow, type CsvTable, cellOf } from "./csvRows";
import { IdsByKey } from "./idsByKey";

interface StanceDraft {
  id: string;
  label: string;
  rank: number | null;
  line: number;
  // Named only by an acceptable range or condition link so far: its label is its id until a
  // row takes it.
  isRefOnly: boolean;
}

interface IssueDraft {
  id: string;
  name: string;
  stances: StanceDraft[];
  // The scale's length as "2 of 6" gives it, when the file says.
  scaleSize: number;
  stanceIds: IdsByKey;
}

// "2 of 6" or "2" → 2; "" → null; anything else → NaN.
// "2 of 6" → 6; anything else → 0.
function readScaleSize(cell: string): number {
  const match = /^\d+\s*of\s*(\d+)$/.exec(cell);
  return match ? Math.min(Number(match[1]), DATASET_LIMITS.stancesPerIssue) : 0;
}

function readRank(cell: string): number | null {
  if (cell === "") return null;
  const match = /^(\d+)(?:\s*of\s*\d+)?$/.exec(cell);
  return match ? Number(match[1]) : Number.NaN;
}

export const isNoStance = (label: string) =>
  label === "" || label.toLowerCase() === NO_STANCE.toLowerCase();

export class ScaleBuilder {
  private readonly issues = new Map<string, IssueDraft>();

  constructor(
    private readonly table: CsvTable,
    private readonly problems: Problem[],
  ) {}

  // Registers the issue of a row (by its id column, else its name); returns its id.
  issueOf(key: string, id: string, name: string): IssueDraft {
    let issue = this.issues.get(key);
    if (!issue) {
      issue = { id, name, stances: [], scaleSize: 0, stanceIds: new IdsByKey() };
      this.issues.set(key, issue);
    }
    return issue;
  }

  findById(issueId: string): IssueDraft | undefined {
    for (const issue of this.issues.values()) if (issue.id === issueId) return issue;
    return undefined;
  }

  private addStance(
    issue: IssueDraft,
    key: string,
    id: string | null,
    label: string,
    rank: number | null,
    line: number,
    isRef = false,
  ) {
    const known = issue.stances.find((stance) => stance.id === issue.stanceIds.ids.get(key));
    if (!known) {
      const stanceId = issue.stanceIds.idFor(key, id ?? label, id !== null);
      issue.stances.push({ id: stanceId, label, rank, line, isRefOnly: isRef });
      return stanceId;
    }
    if (known.isRefOnly && !isRef) Object.assign(known, { label, line, isRefOnly: false });
    if (known.rank === null) known.rank = rank;
    else if (rank !== null && rank !== known.rank)
      this.problems.push({
        path: `row ${line}, column ${this.table.columnName("stanceRank")}`,
        expected: `${known.rank}, the rank "${known.label}" has in row ${known.line}`,
        found: describeValue(String(rank)),
      });
    return known.id;
  }

  // The stance a row takes; returns its id, or null for no stance.
  stanceOf(issue: IssueDraft, row: CsvRow): string | null {
    const label = cellOf(row, "stance");
    const id = cellOf(row, "stanceId") || null;
    if (id === null && isNoStance(label)) return null;
    const rank = readRank(cellOf(row, "stanceRank"));
    issue.scaleSize = Math.max(issue.scaleSize, readScaleSize(cellOf(row, "stanceRank")));
    if (Number.isNaN(rank)) {
      this.problems.push({
        path: `row ${row.line}, column ${this.table.columnName("stanceRank")}`,
        expected: 'a number, "2 of 6" or nothing',
        found: describeValue(cellOf(row, "stanceRank")),
      });
      return null;
    }
    return this.addStance(
      issue,
      id ?? label,
      id,
      isNoStance(label) ? (id as string) : label,
      rank,
      row.line,
    );
  }

  // A stance named by reference (an acceptable end, a condition link): known, or added.
  stanceRef(issue: IssueDraft, ref: StanceRef, line: number): string {
    const known = issue.stances.find((stance) => stance.id === ref.stanceId);
    if (known) {
      if (known.rank === null) known.rank = ref.rank;
      return known.id;
    }
    return this.addStance(issue, ref.stanceId, ref.stanceId, ref.stanceId, ref.rank, line, true);
  }

  readRef(row: CsvRow, field: "acceptableFrom" | "acceptableTo"): StanceRef | null | undefined {
    const cell = cellOf(row, field);
    if (cell === "") return undefined;
    const ref = readStanceRef(cell);
    if (!ref)
      this.problems.push({
        path: `row ${row.line}, column ${this.table.columnName(field)}`,
        expected: 'a stance id, optionally with its position: "keep (1 of 3)"',
        found: describeValue(cell),
      });
    return ref;
  }

  readLinks(row: CsvRow) {
    const cell = cellOf(row, "conditionLinks");
    const links = readConditionLinksCell(cell);
    if (!links)
      this.problems.push({
        path: `row ${row.line}, column ${this.table.columnName("conditionLinks")}`,
        expected: 'links as "issue-id: stance-id", separated by ";"',
        found: describeValue(cell),
      });
    return links ?? [];
  }

  // A file of some statements may name only some stances of a scale whose length it gives
  // ("1 of 2"): the places no row names are kept, with a label that says so, so the named
  // stances keep their places (an end stays an end) and a one-stance issue still has a scale.
  private fillUnnamedPlaces(issue: IssueDraft) {
    const taken = new Set(issue.stances.map((stance) => stance.rank));
    if (issue.scaleSize <= issue.stances.length || taken.has(null)) return;
    for (let rank = 1; rank <= issue.scaleSize; rank++)
      if (!taken.has(rank))
        issue.stances.push({
          id: issue.stanceIds.idFor(`unnamed ${rank}`, `stance-${rank}`),
          label: `Stance ${rank} of ${issue.scaleSize} (not named in this file)`,
          rank,
          line: 0,
          isRefOnly: false,
        });
  }

  build(): Issue[] {
    return [...this.issues.values()].map((issue) => {
      this.fillUnnamedPlaces(issue);
      if (issue.stances.length < 2)
        this.problems.push({
          path: `column ${this.table.columnName("stance")}`,
          expected: `at least two different stances for issue "${issue.name}" (its scale needs two ends)`,
          found: issue.stances.length
            ? `only ${describeValue(issue.stances[0]?.label)}`
            : "no stances",
        });
      const ordered = issue.stances.some((stance) => stance.rank !== null)
        ? [...issue.stances].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
        : issue.stances;
      return {
        id: issue.id,
        name: issue.name,
        description: "",
        stances: ordered.map(({ id, label }) => ({ id, label, description: "" })),
      };
    });
  }
}
