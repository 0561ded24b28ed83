// A source cited in one line: outlet, headline (linked when there is a URL) and date; for an
// unknown outlet, how the copy came to us; the kind of source in words ("state media") when the
// dataset says it. Never the internal file name: readers cannot use it.
import type { Source } from "../domain/schema";
import {
  provenanceText,
  sourceDate,
  sourceHeadline,
  sourceKindText,
} from "../domain/statementText";
import { ExternalLink } from "./ExternalLink";

export function SourceLine({ source }: { source: Source }) {
  const provenance = provenanceText(source);
  const kind = sourceKindText(source);
  return (
    <span>
      {source.outlet}
      {kind && <span className="source-kind"> ({kind})</span>}:{" "}
      <ExternalLink url={source.url}>{sourceHeadline(source)}</ExternalLink>, {sourceDate(source)}
      {provenance && <span className="source-provenance"> (how we have it: {provenance})</span>}
    </span>
  );
}
