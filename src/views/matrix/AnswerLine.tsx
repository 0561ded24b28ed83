// The answer first: the gap pair's widest and narrowest issue and, in compare mode, what
// changed, each a link that opens its cell.
import { formatDate } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { type AnswerPart, answerLine } from "./answerLine";
import type { MatrixModel } from "./matrixModel";

export function AnswerLine({ model }: { model: MatrixModel }) {
  const openCell = useParleyStore((state) => state.openCell);
  const answer = answerLine(model);
  const link = (part: AnswerPart) => (
    <button type="button" className="answer-link" onClick={() => openCell(part.cell)}>
      {part.text}
    </button>
  );
  if (!answer.pair || !answer.furthest) return null;
  return (
    <p className="answer-line">
      {answer.pair} stand furthest apart on {link(answer.furthest)}
      {answer.closest ? <> and closest on {link(answer.closest)}</> : null}.
      {model.compareFrom && (
        <>
          {" "}
          Since {formatDate(model.compareFrom)}:{" "}
          {answer.changedCount === 0 ? (
            "no cell changed."
          ) : (
            <>
              {answer.changed.map((part, i) => (
                <span key={`${part.cell.issueId}:${part.cell.partyId}`}>
                  {i > 0 ? ", " : ""}
                  {link(part)}
                </span>
              ))}
              {answer.changedCount > answer.changed.length
                ? ` and ${answer.changedCount - answer.changed.length} more changed.`
                : " changed."}
            </>
          )}
        </>
      )}
    </p>
  );
}
