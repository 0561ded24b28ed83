// The "as of" date and the earlier date it is compared with, as the matrix and the deal space
// both offer them: one slider for "as of" (with the events to jump to), a box that turns the
// comparison on at its default date, and a slider for the earlier date, which looks back only.
import type { ReactNode } from "react";
import type { EventStop } from "../domain/events";
import { defaultCompareFrom, storedAsOf } from "../domain/resolveChoices";
import { DateSlider } from "./DateSlider";
import { EventJump } from "./EventJump";

interface AsOfDatesProps {
  dates: readonly string[];
  // The newest "as of" date, stored as null so a shared link keeps following new data.
  newestAsOf: string;
  asOf: string;
  compareFrom: string | null;
  eventStops?: readonly EventStop[];
  // What the comparison is called in this view: its box and its slider.
  compareBoxLabel: string;
  compareSliderLabel: string;
  // The store's setters: "as of" gets the stored value (null for the newest date).
  onAsOf(stored: string | null): void;
  onCompareFrom(date: string | null): void;
  // Shown under the earlier date's slider while comparing.
  children?: ReactNode;
}

export function AsOfDates(props: AsOfDatesProps) {
  const { dates, newestAsOf, asOf, compareFrom, onAsOf, onCompareFrom } = props;
  const setAsOf = (date: string) => onAsOf(storedAsOf(date, newestAsOf));
  return (
    <>
      <DateSlider label="As of" dates={dates} value={asOf} max={newestAsOf} onChange={setAsOf} />
      {props.eventStops && <EventJump stops={props.eventStops} onChange={setAsOf} />}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={compareFrom !== null}
          onChange={(event) =>
            onCompareFrom(event.target.checked ? defaultCompareFrom(dates, asOf) : null)
          }
        />
        {props.compareBoxLabel}
      </label>
      {compareFrom !== null && (
        <>
          <DateSlider
            label={props.compareSliderLabel}
            dates={dates.filter((date) => date <= asOf)}
            value={compareFrom}
            max={asOf}
            onChange={onCompareFrom}
          />
          {props.children}
        </>
      )}
    </>
  );
}
