// "Jump to event": a select listing the dataset's events by date and title; choosing one sets
// the date to the event's. Shown only when there are events to jump to.
import { useId } from "react";
import type { EventStop } from "../domain/events";

interface EventJumpProps {
  stops: readonly EventStop[];
  onChange(date: string): void;
}

export function EventJump({ stops, onChange }: EventJumpProps) {
  const id = useId();
  if (stops.length === 0) return null;
  return (
    <div className="event-jump field">
      <label htmlFor={id}>Jump to event</label>
      <select
        id={id}
        // Always shows the prompt: the select is an action, the date lives in the slider.
        value=""
        onChange={(event) => {
          const stop = stops.find((candidate) => candidate.eventId === event.target.value);
          if (stop) onChange(stop.date);
        }}
      >
        <option value="">Choose an event…</option>
        {stops.map((stop) => (
          <option key={stop.eventId} value={stop.eventId}>
            {stop.label}
          </option>
        ))}
      </select>
    </div>
  );
}
