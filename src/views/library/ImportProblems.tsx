// Why a file could not be opened: where, what was expected, what was found; repeated
// problems folded into one line, the first 50 shown and the rest counted.
import { useEffect, useId, useMemo, useRef } from "react";
import { describeFound, groupProblems } from "../../domain/import/groupProblems";
import { useParleyStore } from "../../state/store";
import "./LibraryBar.css";

export function ImportProblems() {
  const failure = useParleyStore((state) => state.importFailure);
  const dismiss = useParleyStore((state) => state.dismissImportFailure);
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const list = useMemo(() => (failure ? groupProblems(failure.problems) : null), [failure]);

  // Focus moves to the list so a keyboard or screen reader user lands on the reasons.
  useEffect(() => {
    if (failure) sectionRef.current?.focus();
  }, [failure]);

  if (!failure || !list) return null;
  const total = failure.problems.length;
  return (
    <section className="import-problems" aria-labelledby={headingId} tabIndex={-1} ref={sectionRef}>
      <div className="import-problems-head">
        <h2 id={headingId}>Could not open {failure.fileName}</h2>
        <button type="button" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      <p>{failure.message} Nothing else has changed.</p>
      {total > 0 && <p>{problemCount(total, list.groups.length + list.hiddenCount)}</p>}
      {list.groups.length > 0 && (
        <ol className="problem-list">
          {list.groups.map((group) => (
            <li key={`${group.problem.path}|${group.problem.expected}`}>
              <dl>
                <dt>Where</dt>
                <dd>
                  <code>{group.problem.path}</code>
                  {group.count > 1 && ` and ${group.count - 1} more like it`}
                </dd>
                <dt>Expected</dt>
                <dd>{group.problem.expected}</dd>
                <dt>Found</dt>
                <dd>{describeFound(group)}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
      {list.hiddenCount > 0 && <p>and {list.hiddenCount} more</p>}
    </section>
  );
}

// "3 problems:", "212 problems, 3 kinds (one fix may mend many):" or "315 problems, 1 kind…"
function problemCount(total: number, kinds: number): string {
  if (total === 1) return "1 problem:";
  if (kinds === total) return `${total} problems:`;
  return `${total} problems, ${kinds} ${kinds === 1 ? "kind" : "kinds"} (one fix may mend many):`;
}
