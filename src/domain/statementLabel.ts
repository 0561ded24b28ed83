// A statement named the way a coder knows it: who, on what, when ("Ana Velt on Upland dam,
// 3 July 2025"), rather than by its id.
import type { Dataset, Statement } from "./schema";
import { statementDate } from "./statementText";

export function statementLabel(
  statement: Pick<Statement, "speaker" | "issueId" | "date" | "datePrecision">,
  dataset: Pick<Dataset, "issues">,
): string {
  const issue = dataset.issues.find((candidate) => candidate.id === statement.issueId);
  const who = statement.speaker.name || "An unnamed speaker";
  return `${who} on ${issue?.name ?? statement.issueId}, ${statementDate(statement)}`;
}
