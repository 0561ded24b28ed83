// What the colours, "3 of 5" and the gap mean.
import { STANCE_STEPS } from "../../ui/stanceColor";

export function MatrixLegend({ gapLabel }: { gapLabel: string | null }) {
  return (
    <section className="matrix-legend" aria-label="Legend">
      <p>
        A cell shows the party's latest stated stance up to the date, and its place on the issue's
        ordered list of stances (“3 of 5”). The colour repeats that place:
      </p>
      <div className="legend-ramp">
        <span>first stance</span>
        {Array.from({ length: STANCE_STEPS }, (_, step) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: the step number is the identity.
            key={step}
            className="legend-swatch"
            aria-hidden="true"
            style={{ background: `var(--stance-${step})` }}
          />
        ))}
        <span>last stance</span>
      </div>
      {gapLabel && (
        <p>
          <strong>Gap</strong>: how far apart the two parties stand on each issue, from 0 (same
          stance) to 1 (opposite ends of the list). “0.75 apart (3 of 4 steps)”: their stances are 3
          steps apart on a list with 4 steps between its first and last stance.
        </p>
      )}
    </section>
  );
}
