// The way to a statement's or event's article: the reader when the dataset carries the text
// (the quote can be found in it), else the article's address when it has one. The source line
// above already names the article, so nothing is shown when neither exists.
import type { Source } from "../../domain/schema";
import { sourceHeadline } from "../../domain/statementText";
import { readSource } from "../../state/editCommands";
import { ExternalLink } from "../../ui/ExternalLink";

export function ArticleButton({ source }: { source: Source | undefined }) {
  if (!source) return null;
  if (source.text)
    return (
      <button type="button" onClick={() => readSource(source.id)}>
        Read the article “{sourceHeadline(source)}”
      </button>
    );
  if (!source.url) return null;
  return (
    <ExternalLink url={source.url} unlinked="text">
      Open the article “{sourceHeadline(source)}”
    </ExternalLink>
  );
}
