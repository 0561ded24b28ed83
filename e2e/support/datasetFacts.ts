// Plain readings of a dataset file for end-to-end expectations. Written apart from src/domain on
// purpose, naively (a loop where the app has an index), so a bug in the app's selectors cannot
// pass on both sides of an assertion. Only types come from src/.
import { readFileSync } from "node:fs";
import type { Dataset, Issue, Stance, Statement } from "../../src/domain/schema";

export function readDatasetFile(url: URL): Dataset {
  return JSON.parse(readFileSync(url, "utf8")) as Dataset;
}

// Statements by date; same-day statements keep their order in the file (the product's rule:
// of two statements on one day, the later one in the file is the newer).
export function inDateOrder(statements: readonly Statement[]): Statement[] {
  return statements
    .map((statement, position) => ({ statement, position }))
    .sort((a, b) =>
      a.statement.date === b.statement.date
        ? a.position - b.position
        : a.statement.date < b.statement.date
          ? -1
          : 1,
    )
    .map(({ statement }) => statement);
}

// Distinct statement dates, earliest first.
export function statementDates(dataset: Dataset): string[] {
  return [...new Set(dataset.statements.map((statement) => statement.date))].sort();
}

export interface Held {
  stance: Stance;
  index: number; // 0-based place on the issue's scale
}

// The stance a party held on an issue at the end of `date`: that of its last statement up to
// then that states one (a statement without a stance does not erase it); null if none did.
export function stanceHeld(
  dataset: Dataset,
  issue: Issue,
  partyId: string,
  date: string,
): Held | null {
  let held: Held | null = null;
  for (const statement of inDateOrder(dataset.statements)) {
    if (statement.issueId !== issue.id || statement.partyId !== partyId) continue;
    if (statement.date > date) break;
    const index = issue.stances.findIndex((stance) => stance.id === statement.stanceId);
    const stance = issue.stances[index];
    if (stance) held = { stance, index };
  }
  return held;
}

// How a matrix cell's accessible name gives a held stance: "Label, 2 of 5".
export function stanceWords(held: Held, issue: Issue): string {
  return `${held.stance.label}, ${held.index + 1} of ${issue.stances.length}`;
}

export function statementsOf(dataset: Dataset, issueId: string, partyId: string): Statement[] {
  return inDateOrder(
    dataset.statements.filter(
      (statement) => statement.issueId === issueId && statement.partyId === partyId,
    ),
  );
}

export function sourceStatementsOf(dataset: Dataset, sourceId: string): Statement[] {
  return inDateOrder(dataset.statements.filter((statement) => statement.sourceId === sourceId));
}

// The statements a one-word search finds: the word in the summary, quote, speaker's name or
// role, the reporter's name or role, or the names of the statement's party, issue and stance
// ("No clear stance" where it has none), ignoring case (issue 10: search finds what it
// names). Callers pick plain ASCII words, so this needs no accent folding.
export function statementsWithWord(dataset: Dataset, word: string): Statement[] {
  const wanted = word.toLowerCase();
  return inDateOrder(
    dataset.statements.filter((statement) => {
      const issue = dataset.issues.find((each) => each.id === statement.issueId);
      const stance = issue?.stances.find((each) => each.id === statement.stanceId);
      return [
        statement.summary,
        statement.quote,
        statement.speaker.name,
        statement.speaker.role,
        statement.reportedBy?.name,
        statement.reportedBy?.role,
        dataset.parties.find((each) => each.id === statement.partyId)?.name,
        issue?.name,
        statement.stanceId === null ? "No clear stance" : stance?.label,
      ].some((field) => field?.toLowerCase().includes(wanted));
    }),
  );
}

// How the statements table writes a statement's date: as precise as the date is.
export function shownDate(statement: Statement): string {
  if (statement.datePrecision === "year") return statement.date.slice(0, 4);
  if (statement.datePrecision === "month") return statement.date.slice(0, 7);
  return statement.date;
}
