// Where each proposal in the form came from, in the article's own words, so the coder checks
// rather than retypes.
import type { Proposal } from "../../domain/propose/proposeStatements";

interface ProposalEvidenceProps {
  proposal: Proposal;
}

export function ProposalEvidence({ proposal }: ProposalEvidenceProps) {
  const { evidence } = proposal;
  const rows: Array<[string, string]> = [
    ["Speaker", evidence.speaker ?? "no words name the speaker: fill it in"],
    ...(evidence.role ? [["Role", evidence.role] as [string, string]] : []),
    ["Party", evidence.party ?? "nothing in the article or the dataset tells: choose it"],
    ["Date", evidence.date ?? proposal.dateNote],
    [
      "Quote kind",
      proposal.quoteKind === "direct" ? "inside quotation marks" : "no quotation marks: reported",
    ],
  ];
  return (
    <section className="proposal-evidence field-wide" aria-label="Proposed from the article">
      <h3>Proposed from the article</h3>
      <dl>
        {rows.map(([field, words]) => (
          <div key={field}>
            <dt>{field}</dt>
            <dd>{words}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
