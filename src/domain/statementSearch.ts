// The text a search looks in, per statement: built once per dataset, a slice at a time, since
// folding 100k statements on every keystroke would cost more than the search itself.
import type { DatasetLookup } from "./datasetLookup";
import type { Statement } from "./schema";
import { foldAccents, NO_STANCE } from "./statementText";

export interface StatementSearch {
  // Builds at most `maxStatements` more search strings and says whether all are built, so a
  // caller can spread the few hundred ms this takes at 100k over idle time.
  prepare(maxStatements?: number): boolean;
  // The folded words of the statement at `position` of the index's byDate order: summary,
  // quote, speaker, reporter, and the names of its party, issue and stance (a search for
  // "ceasefire" finds every statement on the issue "Ceasefire scope").
  textAt(position: number): string;
  // The folded speaker name at `position`.
  speakerAt(position: number): string;
}

// Returns the search over `byDate` (the index's statements in date order).
export function createStatementSearch(
  byDate: readonly Statement[],
  lookup: DatasetLookup,
): StatementSearch {
  const text: string[] = [];
  const speaker: string[] = [];
  const prepare = (maxStatements = Number.POSITIVE_INFINITY) => {
    const end = Math.min(byDate.length, text.length + maxStatements);
    for (let i = text.length; i < end; i++) {
      const statement = byDate[i] as Statement;
      const issue = lookup.issues.get(statement.issueId);
      const stance =
        statement.stanceId === null
          ? NO_STANCE
          : issue?.stances.find((candidate) => candidate.id === statement.stanceId)?.label;
      // Newline-joined: the query is split on whitespace, so no word can span two fields.
      text.push(
        foldAccents(
          [
            statement.summary,
            statement.quote,
            statement.speaker.name,
            statement.speaker.role,
            statement.reportedBy?.name,
            statement.reportedBy?.role,
            lookup.parties.get(statement.partyId)?.name,
            issue?.name,
            stance,
          ]
            .filter((field) => field != null)
            .join("\n"),
        ),
      );
      speaker.push(foldAccents(statement.speaker.name));
    }
    return text.length === byDate.length;
  };
  return {
    prepare,
    textAt(position) {
      if (position >= text.length) prepare();
      return text[position] ?? "";
    },
    speakerAt(position) {
      if (position >= speaker.length) prepare();
      return speaker[position] ?? "";
    },
  };
}

// Lowercase, then decompose (NFD) and drop combining marks, so "Çavuşoğlu" matches "cavusoglu".
