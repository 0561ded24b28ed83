// Why a change was refused: the message, and the validator's problems in its own words.
import { formatProblem } from "../../domain/validate";
import type { EditOutcome } from "../../state/editActions";

export function ProblemList({ outcome }: { outcome: EditOutcome | null }) {
  if (!outcome || outcome.ok) return null;
  return (
    <div className="coding-problems" role="alert">
      <p>{outcome.message}</p>
      {outcome.problems.length > 0 && (
        <ul>
          {outcome.problems.slice(0, 10).map((problem) => (
            <li key={`${problem.path}:${problem.found}`}>{formatProblem(problem)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
