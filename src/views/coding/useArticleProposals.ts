// The proposals for a source's article and the passages already coded from it, derived once per
// (text, published date, dataset): nothing here is kept in the store.
import { useMemo } from "react";
import { type CodedPassage, codedPassages } from "../../domain/propose/codedPassages";
import { type Proposal, proposeStatements } from "../../domain/propose/proposeStatements";
import type { Dataset, Source } from "../../domain/schema";

export interface ArticleProposals {
  proposals: Proposal[];
  coded: CodedPassage[];
}

export function useArticleProposals(source: Source, dataset: Dataset): ArticleProposals {
  const text = source.text ?? "";
  const proposals = useMemo(
    () => (text === "" ? [] : proposeStatements(text, { published: source.published, dataset })),
    [text, source.published, dataset],
  );
  const coded = useMemo(
    () =>
      codedPassages(
        text,
        dataset.statements.filter((statement) => statement.sourceId === source.id),
      ),
    [text, source.id, dataset.statements],
  );
  return { proposals, coded };
}
