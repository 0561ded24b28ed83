// Where a statement was published, linked when the URL is known.
import type { Source } from "../../domain/schema";
import { ExternalLink } from "../../ui/ExternalLink";
import { formatDate } from "../../ui/formatDate";

export function SourceLine({ source, sourceId }: { source: Source | undefined; sourceId: string }) {
  if (!source) return <p className="source-line">Source: unknown source “{sourceId}”</p>;
  const headline = source.title ?? "untitled";
  return (
    <p className="source-line">
      Source: {source.outlet}, <ExternalLink url={source.url}>{headline}</ExternalLink>,{" "}
      {source.published ? formatDate(source.published) : "undated"}
      {source.document && ` (${source.document})`}
    </p>
  );
}
