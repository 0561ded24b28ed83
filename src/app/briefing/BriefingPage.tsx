// The briefing as a document: header, the matrix as shown, what changed, the deal space, and
// each cell's statement with its citation. Renders the same value as the Markdown file.
import type { Ref } from "react";
import type { Briefing, BriefingQuote } from "../../domain/briefing/briefing";
import { ExternalLink } from "../../ui/ExternalLink";

interface BriefingPageProps {
  briefing: Briefing;
  titleId: string;
  headingRef: Ref<HTMLHeadingElement>;
}

export function BriefingPage({ briefing, titleId, headingRef }: BriefingPageProps) {
  const { matrix, changes, deal } = briefing;
  return (
    <article className="briefing-page">
      <header>
        <h1 id={titleId} ref={headingRef} tabIndex={-1}>
          {briefing.title}
        </h1>
        <p className="briefing-dates">
          {briefing.dataset} · {briefing.dateLine}
        </p>
        <ul className="briefing-filters">
          {briefing.filterLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </header>
      <section>
        <h2>Positions</h2>
        <table className="briefing-table">
          <thead>
            <tr>
              <th scope="col">{matrix.corner}</th>
              {matrix.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are its columns, in order.
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {changes && (
        <section>
          <h2>{changes.heading}</h2>
          {changes.lines.length === 0 ? (
            <p>Nothing changed.</p>
          ) : (
            <ul>
              {changes.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </section>
      )}
      {deal && (
        <section>
          <h2>Deal space</h2>
          <p>{deal.headline}</p>
          <ul>
            {deal.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {deal.alerts.length > 0 && (
            <>
              <h3>Alerts</h3>
              <ul>
                {deal.alerts.map((alert) => (
                  <li key={alert}>{alert}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <section>
        <h2>Quotes</h2>
        {briefing.quotes.length === 0 && <p>No cell shown has a statement.</p>}
        {briefing.quotes.map((quote) => (
          <QuoteBlock key={quote.cell} quote={quote} />
        ))}
      </section>
      <footer className="briefing-footer">
        <p>{briefing.sourceLine}.</p>
        <p className="briefing-link">{briefing.link}</p>
      </footer>
    </article>
  );
}

function QuoteBlock({ quote }: { quote: BriefingQuote }) {
  const { citation } = quote;
  return (
    <section className="briefing-quote">
      <h3>{quote.cell}</h3>
      <p>
        <strong>{quote.stance}</strong> ({quote.provenance})
      </p>
      {quote.notes.map((note) => (
        <p key={note} className="briefing-note">
          {note}
        </p>
      ))}
      {quote.quote === null ? (
        <p>Summary (no verbatim quote): {quote.summary}</p>
      ) : (
        <blockquote>“{quote.quote}”</blockquote>
      )}
      <p className="briefing-citation">
        {quote.speaker}, {quote.date}. {citation.outlet}, “{citation.headline}”, {citation.date}
        {citation.url ? (
          <>
            ,{" "}
            <ExternalLink url={citation.url} unlinked="text">
              {citation.url}
            </ExternalLink>
          </>
        ) : null}
        .
      </p>
    </section>
  );
}
