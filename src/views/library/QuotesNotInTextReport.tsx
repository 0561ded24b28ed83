// After an import: the quotes its sources' texts do not hold, each with its statement, party
// and source, so the user can mend them in the file. A warning only: the dataset is kept.
// Loaded only when there is something to list.
import { useId } from "react";
import { useParleyStore } from "../../state/store";
import "./LibraryBar.css";
import "./QuotesNotInTextReport.css";

export default function QuotesNotInTextReport() {
  const found = useParleyStore((state) => state.importQuoteReport);
  const dismiss = useParleyStore((state) => state.dismissImportQuoteReport);
  const headingId = useId();
  if (!found) return null;
  const { quotes, total } = found.report;
  return (
    <section className="import-problems quote-report" aria-labelledby={headingId}>
      <div className="import-problems-head">
        <h2 id={headingId}>Quotes not in their article's text</h2>
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      <p>
        {found.fileName} was opened and kept, but {total === 1 ? "1 quote" : `${total} quotes`}{" "}
        could not be found in the text of {total === 1 ? "its source" : "their sources"}. A quote is
        copied character for character: check {total === 1 ? "it" : "them"} against the article.
      </p>
      <ol className="problem-list">
        {quotes.map((quote) => (
          <li key={quote.statementId}>
            <dl>
              <dt>Statement</dt>
              <dd>
                <code>{quote.statementId}</code>
              </dd>
              <dt>Party</dt>
              <dd>{quote.party}</dd>
              <dt>Quote</dt>
              <dd>“{quote.quote}”</dd>
              <dt>Source</dt>
              <dd>{quote.source}</dd>
            </dl>
          </li>
        ))}
      </ol>
      {total > quotes.length && <p>and {total - quotes.length} more</p>}
    </section>
  );
}
