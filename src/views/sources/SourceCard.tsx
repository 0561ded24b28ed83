// One source: outlet, headline, date and notes (how the copy came to us), and a disclosure listing the
// statements coded from it.
import { useId } from "react";
import type { Source, Statement } from "../../domain/schema";
import { sourceDate, sourceHeadline } from "../../domain/statementText";
import { editSource, readSource } from "../../state/editCommands";
import { Disclosure } from "../../ui/Disclosure";
import { ExternalLink } from "../../ui/ExternalLink";
import { SourceStatementList } from "./SourceStatementList";

interface SourceCardProps {
  source: Source;
  statements: readonly Statement[];
  // How many of them pass the filters; null when no filter is narrowing anything.
  matchingCount: number | null;
}

export function SourceCard({ source, statements, matchingCount }: SourceCardProps) {
  const headingId = useId();
  const headline = sourceHeadline(source);
  const count = statements.length;
  const noun = count === 1 ? "statement" : "statements";

  return (
    <article className="source-card" aria-labelledby={headingId}>
      <p className="source-outlet">{source.outlet}</p>
      <h3 id={headingId} className={source.title ? undefined : "source-untitled"}>
        <ExternalLink url={source.url} unlinked="text">
          {headline}
        </ExternalLink>
      </h3>
      <dl className="source-facts">
        <div>
          <dt>Published</dt>
          <dd>{sourceDate(source)}</dd>
        </div>
        <div>
          <dt>Supports</dt>
          <dd>
            {count} {noun}
            {matchingCount !== null && ` (${matchingCount} match the filters)`}
          </dd>
        </div>
      </dl>
      {source.notes && <p className="source-notes">{source.notes}</p>}
      <div className="source-actions">
        {source.text && (
          <button type="button" className="source-read" onClick={() => readSource(source.id)}>
            Read and code {source.title ? `“${source.title}”` : "this source"}
          </button>
        )}
        <button type="button" onClick={() => editSource(source.id)}>
          Edit source
          {/* Each card's button names its source for a screen reader's list of buttons. */}
          <span className="visually-hidden"> “{sourceHeadline(source)}”</span>
        </button>
      </div>
      {count > 0 && (
        <Disclosure className="source-statements" label={`Show its ${count} ${noun}`}>
          {() => <SourceStatementList statements={statements} />}
        </Disclosure>
      )}
    </article>
  );
}
