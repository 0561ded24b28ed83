// The rules behind the Deal space view, each the text of one pure function in src/domain/deal.
import { useId } from "react";
import { DEFAULT_THRESHOLDS } from "../../domain/deal/contradictionThresholds";
import { STALE_AFTER_DAYS } from "../../domain/deal/staleness";

export function DealRules() {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Deal space rules</h3>
      <dl className="method-rules">
        <dt>Acceptable stretch</dt>
        <dd>
          As of a date, a party’s stretch on an issue is the range its latest statement with an
          acceptable range gives; without one, its stated stance alone. A stance stated after that
          range and lying outside it replaces the range: the party has moved off it.
        </dd>
        <dt>Firmness</dt>
        <dd>
          The firmness of the later of the two statements behind the position (the one giving the
          stance, the one giving the range) that states one: red line, demand, preference or
          floated; otherwise “firmness not stated”.
        </dd>
        <dt>Zone of possible agreement</dt>
        <dd>
          The stances every stretch of the parties in view covers. Where there are none, the stretch
          that ends lowest and the one that starts highest cannot meet (on one scale, all stretches
          share a stance exactly when these two do); the view names that pair and the steps between
          the end of one and the start of the other. Parties in view with neither a stance nor a
          range are listed as without a position. Fewer than two positions: nothing to agree
          between.
        </dd>
        <dt>Movement and who moved</dt>
        <dd>
          Between the earlier date and the as-of date, a party’s move on an issue is the steps
          between its latest stated stance at each date, counting only statements dated as stated (a
          standing position carries its article’s date, so it is never a move). Positive steps go
          toward the scale’s last stance. “The other side” of a party is the mean of the other
          parties’ stated positions in view at the earlier date; steps toward it are how much the
          party’s distance to that mean shrank (negative: it moved away). The ranking sums these
          over the issues in view; equal totals share a rank.
        </dd>
        <dt>Contradictions</dt>
        <dd>
          Two speakers of one party, both stating a stance on a date they said it, at least{" "}
          {DEFAULT_THRESHOLDS.minSteps} steps apart on one issue within {DEFAULT_THRESHOLDS.maxDays}{" "}
          days (both thresholds can be changed). Each statement is paired with the most recent
          earlier statement that disagrees with it, so a long quarrel gives one alert per statement,
          not one per pair.
        </dd>
        <dt>Staleness</dt>
        <dd>
          A position whose latest statement is more than {STALE_AFTER_DAYS} days before the as-of
          date says when it was last stated (“last stated 4 months before”).
        </dd>
        <dt>Package</dt>
        <dd>
          One stance per issue, or none. A party’s distance to a term is the matrix’s gap: the steps
          between its stance and the term divided by the steps of the whole scale (0 to 1); overall,
          the mean over the terms it has a stance on. A term is inside its acceptable stretch,
          outside it, or, outside a position held as a red line, crosses a red line.
        </dd>
      </dl>
    </section>
  );
}
