// The charts' own time range: zoom in on a few days (moves clustered around talks) without
// changing the filters every view shares. Both ends are optional; "Whole period" clears them.
import { useId } from "react";
import type { TimeWindow } from "./timelineWindow";

interface TimeZoomProps {
  zoom: TimeWindow;
  // The first and last dates there are to see (ISO), as the inputs' bounds.
  bounds: { first: string; last: string } | null;
  onChange(zoom: TimeWindow): void;
}

export function TimeZoom({ zoom, bounds, onChange }: TimeZoomProps) {
  const id = useId();
  const isZoomed = zoom.from !== null || zoom.to !== null;
  // A date input reports "" until its date is complete, so a half-typed date is never used.
  const read = (value: string) => (value === "" ? null : value);
  return (
    <fieldset className="timeline-zoom">
      <legend>Chart time range</legend>
      <label htmlFor={`${id}-from`}>
        Zoom from
        <input
          id={`${id}-from`}
          type="date"
          value={zoom.from ?? ""}
          min={bounds?.first}
          max={zoom.to ?? bounds?.last}
          onChange={(event) => onChange({ ...zoom, from: read(event.target.value) })}
        />
      </label>
      <label htmlFor={`${id}-to`}>
        Zoom to
        <input
          id={`${id}-to`}
          type="date"
          value={zoom.to ?? ""}
          min={zoom.from ?? bounds?.first}
          max={bounds?.last}
          onChange={(event) => onChange({ ...zoom, to: read(event.target.value) })}
        />
      </label>
      {bounds && (
        // Talks move in bursts of days: one tap shows the latest month at a readable scale.
        <button
          type="button"
          onClick={() => onChange({ from: daysBefore(bounds.last, 30), to: null })}
        >
          Last 30 days
        </button>
      )}
      <button type="button" disabled={!isZoomed} onClick={() => onChange({ from: null, to: null })}>
        Whole period
      </button>
    </fieldset>
  );
}

// Returns the ISO date `days` days before `isoDate` (UTC calendar days).
function daysBefore(isoDate: string, days: number): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
