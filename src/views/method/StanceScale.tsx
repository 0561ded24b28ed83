// One issue's stances in scale order, numbered as the table's "position 2 of 5", with what its
// two ends stand for.
import { useId } from "react";
import type { Issue } from "../../domain/schema";

interface StanceScaleProps {
  issue: Issue;
  poles: { low: string; high: string };
}

export function StanceScale({ issue, poles }: StanceScaleProps) {
  const headingId = useId();
  const count = issue.stances.length;
  return (
    <section className="method-scale" aria-labelledby={headingId}>
      <h4 id={headingId}>{issue.name}</h4>
      {issue.description && <p className="method-muted">{issue.description}</p>}
      <p className="method-poles">
        From 1, {poles.low}, to {count}, {poles.high}
      </p>
      <ol className="method-stances">
        {issue.stances.map((stance, index) => (
          <li key={stance.id}>
            <span className="method-step" aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <p className="method-stance-label">
                {stance.label}
                <span className="visually-hidden">
                  , position {index + 1} of {count}
                </span>
              </p>
              {stance.description && <p className="method-muted">{stance.description}</p>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
