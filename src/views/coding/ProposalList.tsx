// Beside the article: every quoted passage Parley found, with who, which party and when it
// proposes, and whether a statement already codes it. Choosing one opens the form filled in.
import { codedWithin } from "../../domain/propose/codedPassages";
import type { Proposal } from "../../domain/propose/proposeStatements";
import type { Dataset } from "../../domain/schema";
import { statementLabel } from "../../domain/statementLabel";
import { formatDate } from "../../domain/statementText";
import type { ArticleProposals } from "./useArticleProposals";

interface ProposalListProps extends ArticleProposals {
  dataset: Dataset;
  onCode(proposal: Proposal): void;
  onEdit(statementId: string): void;
}

const excerpt = (quote: string) => {
  const words = quote.replace(/\s+/g, " ").trim();
  return words.length > 70 ? `${words.slice(0, 69)}…` : words;
};

function proposedText(proposal: Proposal, dataset: Dataset): string {
  const party = dataset.parties.find((candidate) => candidate.id === proposal.partyId);
  const date = proposal.date
    ? `${proposal.dateBasis === "standing" ? "standing, " : ""}${formatDate(proposal.date, proposal.datePrecision ?? "day")}`
    : "no date";
  return `${proposal.speaker?.name ?? "no speaker"} · ${party?.name ?? "no party"} · ${date}`;
}

export function ProposalList({ proposals, coded, dataset, onCode, onEdit }: ProposalListProps) {
  const statementOf = (id: string) => dataset.statements.find((statement) => statement.id === id);
  return (
    <section className="proposal-list" aria-labelledby="proposal-list-title">
      <h3 id="proposal-list-title">Quoted passages ({proposals.length})</h3>
      {proposals.length === 0 && <p className="hint">No quotation marks in this article.</p>}
      <ul>
        {proposals.map((proposal) => {
          const codes = codedWithin(coded, proposal.start, proposal.end);
          return (
            <li key={proposal.start} className={codes.length > 0 ? "is-coded" : undefined}>
              <q>{excerpt(proposal.quote)}</q>
              <span className="hint">Proposed: {proposedText(proposal, dataset)}</span>
              {codes.map(({ statementId }) => {
                const statement = statementOf(statementId);
                const label = statement ? statementLabel(statement, dataset) : statementId;
                return (
                  <span key={statementId} className="proposal-coded">
                    Coded: {label}{" "}
                    <button
                      type="button"
                      aria-label={`Edit ${label}`}
                      onClick={() => onEdit(statementId)}
                    >
                      Edit
                    </button>
                  </span>
                );
              })}
              <button
                type="button"
                aria-label={`${codes.length > 0 ? "Code again" : "Code it"}: “${excerpt(proposal.quote)}”`}
                onClick={() => onCode(proposal)}
              >
                {codes.length > 0 ? "Code again" : "Code it"}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
