// How far apart two chosen parties stand on each shown issue, as small multiples that share
// one time axis with the stance charts above.
import { useId, useMemo } from "react";
import type { StatementIndex } from "../../domain/statementIndex";
import { useParleyStore } from "../../state/store";
import { useResolvedChoices, useScope } from "../../state/useScope";
import { gapPairNote } from "../../ui/gapPairNote";
import { PartyPairSelects } from "../../ui/PartyPairSelects";
import { ChartFigure } from "./ChartFigure";
import { GapChart } from "./GapChart";
import { GapTable } from "./GapTable";
import { buildGaps, type TimelineModel } from "./timelineModel";
import { toIsoDate } from "./timeTicks";

// How to read the gap, on screen and in the downloaded picture.
const GAP_KEY =
  "0 = the same stance; 1 = opposite ends of the issue's scale. The line steps on each date either party spoke, from the first date both held a stance.";

interface GapPanelProps {
  // The scope's: the gaps read the same statements and rule as the matrix's gap column.
  cellIndex: StatementIndex;
  model: TimelineModel;
  xDomain: [number, number];
  onExportError(message: string): void;
}

export function GapPanel({ cellIndex, model, xDomain, onExportError }: GapPanelProps) {
  const { dataset, parties } = useScope();
  const { gapPair } = useResolvedChoices();
  const note = gapPairNote(gapPair, parties);
  const setGapParties = useParleyStore((state) => state.setGapParties);
  const headingId = useId();
  const partyA = gapPair?.[0].id ?? "";
  const partyB = gapPair?.[1].id ?? "";
  const gaps = useMemo(
    () => (partyA && partyB ? buildGaps(dataset, model, [partyA, partyB], cellIndex) : []),
    [dataset, model, partyA, partyB, cellIndex],
  );
  if (!gapPair) return null;
  const pair = [partyA, partyB] as const;
  const names = [gapPair[0].name, gapPair[1].name] as const;

  return (
    <section className="timeline-gaps" aria-labelledby={headingId}>
      <h2 className="timeline-heading" id={headingId}>
        Gap between two parties
      </h2>
      <div className="timeline-gap-picker">
        <PartyPairSelects parties={dataset.parties} pair={pair} onChange={setGapParties} />
      </div>
      {note && <p className="timeline-gap-key">{note}</p>}
      <ChartFigure
        caption={`Gap between ${names[0]} and ${names[1]} by issue`}
        datasetId={dataset.meta.id}
        fileView={`timeline-gap-${partyA}-${partyB}`}
        legend={[]}
        notes={[GAP_KEY, ...(note ? [note] : [])]}
        eventKey={[]}
        description={`The gap between ${names[0]} and ${names[1]} on each issue over time, from 0 (the same stance) to 1 (opposite ends of the scale).`}
        window={{ from: toIsoDate(xDomain[0]), to: toIsoDate(xDomain[1]) }}
        renderTable={() => <GapTable gaps={gaps} names={names} />}
        onExportError={onExportError}
      >
        <p className="timeline-gap-key">{GAP_KEY}</p>
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
