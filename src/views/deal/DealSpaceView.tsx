// Is a deal possible? Per issue, as of a date: each party's stance, the stretch it could
// accept and how firmly, where the stretches meet; then contradictions, who moved, and a
// package the reader builds.

import { formatDate, shortPoles } from "../../domain/statementText";
import { partyColors } from "../../ui/partyColors";
import { ContradictionAlerts } from "./ContradictionAlerts";
import { DealDates } from "./DealDates";
import { roomText } from "./dealText";
import { IssueAxis } from "./IssueAxis";
import { PackageBuilder } from "./PackageBuilder";
import { PositionDrawer } from "./PositionDrawer";
import { useDealSpace } from "./useDealSpace";
import { WhoMovedTable } from "./WhoMovedTable";
import "./DealSpaceView.css";

export function DealSpaceView() {
  const deal = useDealSpace();
  const { dataset, dates, asOf, compareFrom, partyIds, space, contradictions, moves } = deal;
  const colors = partyColors(dataset.parties);
  const parties = new Map(
    dataset.parties.map((party, order) => [
      party.id,
      { party, order, color: colors.get(party.id) ?? "#0072B2" },
    ]),
  );
  return (
    <div className="deal-view">
      <DealDates dates={dates} newestAsOf={deal.newestAsOf} asOf={asOf} compareFrom={compareFrom} />
      <h2 className="deal-summary">
        {roomText(space.roomCount, space.issues.length, space.partialRoomCount)} as of{" "}
        {formatDate(asOf)}
      </h2>
      <p className="deal-lead">
        A band is the stretch of the scale a party has signalled it could accept, or its stated
        stance alone; a hatched band with a “Red line” tag is held as a red line. The shaded column
        is the zone where every band in view meets. Select a row for its statements.
      </p>
      {space.issues.length === 0 ? (
        <p>No issues to show.</p>
      ) : (
        space.issues.map((issueSpace) => (
          <IssueAxis
            key={issueSpace.issue.id}
            issueSpace={issueSpace}
            meta={dataset.meta}
            parties={parties}
            asOf={asOf}
          />
        ))
      )}
      <ContradictionAlerts contradictions={contradictions} dataset={dataset} />
      <section className="deal-section" aria-labelledby="deal-moved">
        <h2 id="deal-moved">Who moved</h2>
        {moves && compareFrom ? (
          <WhoMovedTable
            moves={moves}
            partyIds={partyIds}
            parties={parties}
            from={compareFrom}
            to={asOf}
            poles={shortPoles(dataset.meta)}
          />
        ) : (
          <p>Tick “Show who moved since an earlier date” above to rank the parties by movement.</p>
        )}
      </section>
      <PackageBuilder space={space} dataset={dataset} partyIds={partyIds} />
      <PositionDrawer asOf={asOf} />
    </div>
  );
}
