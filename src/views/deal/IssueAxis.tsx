// One issue's scale as an axis from pole to pole, a band per party with a position, the zone
// of possible agreement (or the gap) in words, and the parties without a position.
import type { IssueDealSpace } from "../../domain/deal/dealSpace";
import type { DatasetMeta, Party } from "../../domain/schema";
import { outcomeText, polesOf } from "./dealText";
import { PartyBand } from "./PartyBand";

interface IssueAxisProps {
  issueSpace: IssueDealSpace;
  meta: DatasetMeta;
  parties: ReadonlyMap<string, { party: Party; order: number; color: string }>;
  asOf: string;
}

export function IssueAxis({ issueSpace, meta, parties, asOf }: IssueAxisProps) {
  const { issue, positions, withoutPosition, outcome } = issueSpace;
  const poles = polesOf(issue, meta);
  const nameOf = (partyId: string) => parties.get(partyId)?.party.name ?? partyId;
  const zone = outcome.kind === "zone" ? outcome : null;
  const headingId = `deal-issue-${issue.id}`;
  const columns = { gridTemplateColumns: `repeat(${issue.stances.length}, 1fr)` };
  return (
    <section className="deal-issue" aria-labelledby={headingId}>
      <h3 id={headingId}>{issue.name}</h3>
      <p className={zone ? "deal-outcome has-zone" : "deal-outcome"}>
        {outcomeText(issue, outcome, nameOf, withoutPosition.length)}
      </p>
      <div className="deal-axis">
        <p className="deal-poles">
          <span>← {poles.low}</span>
          <span>{poles.high} →</span>
        </p>
        {/* The stance ticks are for the eye; the list below says the same to a screen reader. */}
        <div className="deal-ticks" aria-hidden="true">
          <span className="deal-row-party" />
          <span className="deal-track" style={columns}>
            {issue.stances.map((stance, index) => (
              <span
                key={stance.id}
                className={zone && index >= zone.from && index <= zone.to ? "in-zone" : undefined}
              >
                {index + 1}. {stance.label}
              </span>
            ))}
          </span>
        </div>
        <p className="visually-hidden">
          Scale from {poles.low} to {poles.high}:{" "}
          {issue.stances.map((stance, index) => `${index + 1}, ${stance.label}`).join("; ")}.
        </p>
        {positions.map((position) => {
          const entry = parties.get(position.partyId);
          if (!entry) return null;
          return (
            <PartyBand
              key={position.partyId}
              issue={issue}
              party={entry.party}
              order={entry.order}
              color={entry.color}
              position={position}
              asOf={asOf}
              zone={zone}
            />
          );
        })}
      </div>
      {withoutPosition.length > 0 && (
        <p className="deal-without">
          Without a position as of this date: {withoutPosition.map(nameOf).join(", ")}.
        </p>
      )}
    </section>
  );
}
