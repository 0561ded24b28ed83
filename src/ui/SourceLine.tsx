// A source cited in one line: outlet, headline (linked when there is a URL), date, document.
import type { Source } from "../domain/schema";
import { formatDate } from "../domain/statementText";
import { ExternalLink } from "./ExternalLink";

export function sourceHeadline(source: Source): string {
  return source.title ?? "Untitled";
}

export function sourceDate(source: Source): string {
  return source.published ? formatDate(source.published) : "undated";
}

export function SourceLine({ source }: { source: Source }) {
  const headline = sourceHeadline(source);
  return (
    <span>
      {source.outlet}: <ExternalLink url={source.url}>{headline}</ExternalLink>,{" "}
      {sourceDate(source)}
      {source.document && <> (document {source.document})</>}
    </span>
  );
}
