// The way to a statement's or event's article. Where the dataset keeps the article's text, one
// click shows the passage around the quote with the quote marked (read here, with no editing
// tools needed); where it keeps only the address, a link opens it. The source line above names
// the article either way.
import { articleExcerpt } from "../../domain/review/articleExcerpt";
import type { Source, Statement } from "../../domain/schema";
import { sourceHeadline } from "../../domain/statementText";
import { Disclosure } from "../../ui/Disclosure";
import { ExternalLink } from "../../ui/ExternalLink";

interface ArticlePassageProps {
  source: Source | undefined;
  // The statement whose quote to mark; none for an event.
  statement?: Statement;
}

export function ArticlePassage({ source, statement }: ArticlePassageProps) {
  if (!source) return null;
  const headline = sourceHeadline(source);
  const link = source.url ? (
    <ExternalLink url={source.url} unlinked="text">
      Open the article “{headline}”
    </ExternalLink>
  ) : null;
  const text = source.text;
  if (!text) return link;
  return (
    <>
      <Disclosure className="review-article" label={`Read the article “${headline}”`}>
        {() => {
          const excerpt = articleExcerpt(text, statement?.quote ?? null, {
            start: statement?.quoteStart,
            end: statement?.quoteEnd,
          });
          return (
            <section
              className="review-article-text"
              aria-label={`Passage of “${headline}”`}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a long passage scrolls, and keyboard users can only scroll what they can focus (axe scrollable-region-focusable).
              tabIndex={0}
            >
              {excerpt.isCutBefore && "… "}
              {excerpt.before}
              {excerpt.quote && <mark>{excerpt.quote}</mark>}
              {excerpt.after}
              {excerpt.isCutAfter && " …"}
            </section>
          );
        }}
      </Disclosure>
      {link}
    </>
  );
}
