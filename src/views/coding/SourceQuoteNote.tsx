// While a source's text is edited: how many of the quotes coded from it stand in the new text,
// and which ones it would leave unverified, told before anything is saved.
import type { SourceEditPlan } from "../../domain/edit/sourceEdit";

const quotes = (count: number) => (count === 1 ? "1 quote" : `${count} quotes`);

function standing(verified: number, quoted: number): string {
  if (verified === quoted)
    return quoted === 1
      ? "The 1 quote coded from this source stands in this text."
      : `All ${quoted} quotes coded from this source stand in this text.`;
  return `${verified} of the ${quotes(quoted)} coded from this source stand in this text.`;
}

interface SourceQuoteNoteProps {
  plan: SourceEditPlan | null;
  hasText: boolean; // without text there is nothing to check quotes against
}

export function SourceQuoteNote({ plan, hasText }: SourceQuoteNoteProps) {
  if (!plan || plan.quoted === 0) return null;
  const lost = plan.unverifiedIds;
  if (!hasText && lost.length === 0) return null;
  return (
    <p
      className={lost.length > 0 ? "source-quote-note source-quote-lost" : "source-quote-note"}
      role="status"
    >
      {lost.length > 0
        ? `This text would leave ${quotes(lost.length)} unverified (${lost.join(", ")}): ${lost.length === 1 ? "it is no longer in it. The statement stays" : "they are no longer in it. The statements stay"}, marked “Not found in the article's text”.`
        : standing(plan.verified, plan.quoted)}
    </p>
  );
}
