// Two voices of one party saying different things on one issue at about the same time, both
// quotes side by side with their sources; the thresholds are the reader's to change.

import { useShallow } from "zustand/react/shallow";
import type { Contradiction } from "../../domain/deal/contradictions";
import type { Dataset } from "../../domain/schema";
import { countText } from "../../domain/statementText";
import { useParleyStore } from "../../state/store";
import { useScope } from "../../state/useScope";
import { StatementCard } from "../../ui/StatementCard";

interface ContradictionAlertsProps {
  contradictions: readonly Contradiction[];
  dataset: Dataset;
}

export function ContradictionAlerts({ contradictions, dataset }: ContradictionAlertsProps) {
  const { thresholds, setThresholds } = useParleyStore(
    useShallow((state) => ({
      thresholds: state.contradictionThresholds,
      setThresholds: state.setContradictionThresholds,
    })),
  );
  const scope = useScope();
  const issues = new Map(dataset.issues.map((issue) => [issue.id, issue]));
  const parties = new Map(dataset.parties.map((party) => [party.id, party]));
  return (
    <section className="deal-section" aria-labelledby="deal-contradictions">
      <h2 id="deal-contradictions">Contradictions</h2>
      <div className="deal-thresholds">
        <label>
          At least this many steps apart{" "}
          <input
            type="number"
            min={1}
            max={10}
            value={thresholds.minSteps}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (Number.isInteger(value) && value >= 1) setThresholds({ minSteps: value });
            }}
          />
        </label>
        <label>
          Within this many days{" "}
          <input
            type="number"
            min={0}
            max={3650}
            value={thresholds.maxDays}
            onChange={(event) => {
              const value = Number(event.target.value);
              if (Number.isInteger(value) && value >= 0) setThresholds({ maxDays: value });
            }}
          />
        </label>
      </div>
      {contradictions.length === 0 ? (
        <p>
          No two speakers of one party stated stances {thresholds.minSteps} or more steps apart on
          one issue within {countText(thresholds.maxDays, "day")}, up to this date.
        </p>
      ) : (
        <ul className="deal-alerts">
          {contradictions.map((alert) => {
            const issue = issues.get(alert.issueId);
            if (!issue) return null;
            return (
              <li key={`${alert.earlier.id}-${alert.later.id}`} className="deal-alert">
                <p role="note">
                  <strong>{parties.get(alert.partyId)?.name ?? alert.partyId}</strong> on{" "}
                  {issue.name}: {alert.earlier.speaker.name} and {alert.later.speaker.name} stated
                  stances {countText(alert.steps, "step")} apart, {countText(alert.days, "day")}{" "}
                  apart.
                </p>
                <div className="deal-alert-pair">
                  <StatementCard
                    statement={alert.earlier}
                    issue={issue}
                    source={scope.source(alert.earlier.sourceId)}
                  />
                  <StatementCard
                    statement={alert.later}
                    issue={issue}
                    source={scope.source(alert.later.sourceId)}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
