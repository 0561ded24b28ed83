// The button under a paged list: shows the next page, and says how many are still hidden.
import { nextShownCount, showMoreText } from "./paging";

interface ShowMoreButtonProps {
  shown: number;
  total: number;
  pageSize: number;
  noun: { singular: string; plural: string };
  onShowMore(shown: number): void;
}

export function ShowMoreButton({ shown, total, pageSize, noun, onShowMore }: ShowMoreButtonProps) {
  const text = showMoreText(shown, total, pageSize, noun);
  if (text === null) return null;
  return (
    <button
      type="button"
      className="show-more"
      onClick={() => onShowMore(nextShownCount(shown, total, pageSize))}
    >
      {text}
    </button>
  );
}
