// Asks, when a dataset being imported has the id of one already kept, whether to replace the
// kept one or keep both. Escape or Cancel keeps nothing new; focus starts on "Keep both",
// the answer that loses nothing.
import { useId, useRef } from "react";
import { answerImportQuestion } from "../../state/libraryCommands";
import type { ImportAnswer } from "../../state/librarySlice";
import { useParleyStore } from "../../state/store";
import { useModalDialog } from "../../ui/useModalDialog";
import { datasetLabel } from "./datasetLabel";

export function ReplaceOrKeepDialog() {
  const question = useParleyStore((state) => state.importQuestion);
  if (!question) return null;
  return <QuestionDialog key={question.existing.key + question.fileName} />;
}

function QuestionDialog() {
  const question = useParleyStore((state) => state.importQuestion);
  const titleId = useId();
  const keepBothRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useModalDialog({
    onClose(returnValue) {
      const isAnswer = returnValue === "replace" || returnValue === "keep-both";
      answerImportQuestion(isAnswer ? (returnValue as ImportAnswer) : "cancel");
    },
    initialFocus: keepBothRef,
  });
  if (!question) return null;
  const { existing } = question;
  return (
    <dialog ref={dialogRef} className="confirm-dialog" aria-labelledby={titleId}>
      <form method="dialog">
        <h2 id={titleId}>“{question.title}” is already kept</h2>
        <p>
          {question.fileName} has the same id (<code>{existing.metaId}</code>) as a dataset kept in
          this browser: {datasetLabel(existing, existing)}, from {existing.fileName}.
        </p>
        <p>Replace deletes the kept one. Keep both lists them side by side.</p>
        <div className="confirm-actions">
          <button type="submit" value="cancel">
            Cancel
          </button>
          <button type="submit" value="keep-both" ref={keepBothRef}>
            Keep both
          </button>
          <button type="submit" value="replace" className="button-danger">
            Replace
          </button>
        </div>
      </form>
    </dialog>
  );
}
