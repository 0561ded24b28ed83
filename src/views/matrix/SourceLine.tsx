// Where a statement was published, linked when the URL is known.
import type { Source } from "../../domain/schema";
import { formatDate } from "../../ui/formatDate";

export function SourceLine({ source, sourceId }: { source: Source | undefined; sourceId: string }) {
  if (!source) return <p className="source-line">Source: unknown source “{sourceId}”</p>;
  const headline = source.title ?? "untitled";
  return (
    <p className="source-line">
      Source: {source.outlet},{" "}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {headline}
        </a>
      ) : (
        <cite>{headline}</cite>
      )}
      , {source.published ? formatDate(source.published) : "undated"}
      {source.document && ` (${source.document})`}
    </p>
  );
}
