// Whose words make a position (src/domain/provenance.ts), with an example from the dataset
// shown: the rule every view applies, and the choice that switches it off.
import { useId, useMemo } from "react";
import { provenanceExample } from "../../domain/provenanceExample";
import type { Dataset } from "../../domain/schema";
import { formatDate, possessive, stanceLabel } from "../../domain/statementText";

export function ProvenanceRule({ dataset }: { dataset: Dataset }) {
  const headingId = useId();
  const example = useMemo(() => provenanceExample(dataset), [dataset]);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Whose words make a position</h3>
      <p>
        A statement is the party’s <strong>own</strong> (its speaker speaks for it) or an{" "}
        <strong>account by another party</strong> (“reported by” names someone outside it). A
        party’s position on a date is its latest own statement with a clear stance. Another party’s
        account stands in only while the party has stated no stance of its own, and is then marked
        “per” whoever gave it. An account that differs from the party’s own words is named beside
        the own position, never put in its place. The matrix, compare mode, the timeline’s step
        lines, the gap, the deal space, who moved, staleness, packages and the matrix CSV all follow
        this rule; contradictions are looked for among the party’s own speakers only. The filter
        “Count accounts by other parties as positions” goes back to “the latest statement wins,
        whoever made it”.
      </p>
      <p>
        {example ? (
          <ExampleText example={example} />
        ) : (
          "No position in this dataset rests on, or meets, another party’s account."
        )}
      </p>
    </section>
  );
}

function ExampleText({ example }: { example: NonNullable<ReturnType<typeof provenanceExample>> }) {
  const { issue, party, cell } = example;
  const own = cell.stanceStatement;
  const account = example.kind === "account-differs" ? cell.differingAccounts.at(-1) : own;
  if (!own || !account) return null;
  const reporter = account.reportedBy?.name ?? "another party";
  const accountStance = stanceLabel(issue, account.stanceId);
  if (example.kind === "account-stands-in")
    return (
      <>
        In this dataset: {party.name} has stated no stance of its own on {issue.name}, so{" "}
        {possessive(reporter)} account of {formatDate(account.date)} (“{accountStance}”) stands in,
        marked “per {reporter}”.
      </>
    );
  return (
    <>
      In this dataset: on {issue.name}, {party.name} said “{stanceLabel(issue, own.stanceId)}” in
      its own words ({own.speaker.name}, {formatDate(own.date)}); {possessive(reporter)} account of{" "}
      {formatDate(account.date)} gives “{accountStance}”. The matrix shows {possessive(party.name)}{" "}
      own stance and says that an account by {reporter} differs; it does not count as a move.
    </>
  );
}
