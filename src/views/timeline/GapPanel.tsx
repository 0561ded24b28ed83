// How far apart two chosen parties stand on each shown issue, as small multiples that share
// one time axis with the stance charts above.
import { useId, useMemo } from "react";
import type { Dataset } from "../../domain/schema";
import { useParleyStore } from "../../state/store";
import { ChartFigure } from "./ChartFigure";
import { GapChart } from "./GapChart";
import { GapPartyPicker } from "./GapPartyPicker";
import { GapTable } from "./GapTable";
import { buildGaps, resolveGapPair, type TimelineModel } from "./timelineModel";

interface GapPanelProps {
  dataset: Dataset;
  model: TimelineModel;
  xDomain: [number, number];
  onExportError(message: string): void;
}

export function GapPanel({ dataset, model, xDomain, onExportError }: GapPanelProps) {
  const chosen = useParleyStore((state) => state.gapParties);
  const setGapParties = useParleyStore((state) => state.setGapParties);
  const headingId = useId();
  const pair = resolveGapPair(dataset, chosen, model.parties);
  const [partyA, partyB] = pair ?? ["", ""];
  const gaps = useMemo(
    () => (partyA && partyB ? buildGaps(dataset, model, [partyA, partyB]) : []),
    [dataset, model, partyA, partyB],
  );
  if (!pair) return null;
  const nameOf = (id: string) => dataset.parties.find((party) => party.id === id)?.name ?? id;
  const names = [nameOf(partyA), nameOf(partyB)] as const;

  return (
    <section className="timeline-gaps" aria-labelledby={headingId}>
      <h2 className="timeline-heading" id={headingId}>
        Gap between two parties
      </h2>
      <GapPartyPicker parties={dataset.parties} pair={pair} onChange={setGapParties} />
      <ChartFigure
        caption={`Gap between ${names[0]} and ${names[1]} by issue`}
        datasetId={dataset.meta.id}
        fileView={`timeline-gap-${partyA}-${partyB}`}
        legend={[]}
        renderTable={() => <GapTable gaps={gaps} names={names} />}
        onExportError={onExportError}
      >
        <p className="timeline-gap-key">
          0 = the same stance; 1 = opposite ends of the issue's scale. The line steps on each date
          either party spoke, from the first date both held a stance.
        </p>
        <div className="timeline-gap-grid">
          {gaps.map(({ issue, points }) => (
            <GapChart
              key={issue.id}
              issue={issue}
              points={points}
              xDomain={xDomain}
              names={names}
            />
          ))}
        </div>
      </ChartFigure>
    </section>
  );
}
