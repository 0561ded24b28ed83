// What the colours, "3 of 5" and the gap mean, and which way every scale runs.
import { DEFAULT_POLES } from "../../domain/statementText";
import { STANCE_STEPS } from "../../ui/stanceColor";
import type { Poles } from "./matrixText";

export function MatrixLegend({ gapLabel, poles }: { gapLabel: string | null; poles: Poles }) {
  return (
    <section className="matrix-legend" aria-label="Legend">
      <p>
        A cell shows the party's latest stated stance up to the date, and its place on the issue's
        ordered list of stances (“3 of 5”).{" "}
        {hasNamedPoles(poles) && (
          <>
            Every list runs from <strong>{poles.low}</strong> (1) to <strong>{poles.high}</strong>{" "}
            (last).{" "}
          </>
        )}
        The shade repeats that place:
      </p>
      <div className="legend-ramp">
        <span>1: {poles.low}</span>
        {Array.from({ length: STANCE_STEPS }, (_, step) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: the step number is the identity.
            key={step}
            className="legend-swatch"
            aria-hidden="true"
            data-step={step}
          />
        ))}
        <span>last: {poles.high}</span>
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

// The default names ("first stance", "last stance") would only repeat the sentence before.
function hasNamedPoles(poles: Poles): boolean {
  return poles.low !== DEFAULT_POLES.low || poles.high !== DEFAULT_POLES.high;
}
