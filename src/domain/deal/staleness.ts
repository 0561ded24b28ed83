// Whether a position is old news as of the date it is read at.
import { dayNumber, wholeMonthsBetween } from "./days";

export const STALE_AFTER_DAYS = 90;

export interface Staleness {
  // True when the latest statement is more than `afterDays` days before the as-of date.
  isStale: boolean;
  days: number;
  // Whole calendar months, for "last stated 4 months before".
  months: number;
}

// Returns how long before `asOf` the latest statement `latestDate` was made.
export function staleness(
  latestDate: string,
  asOf: string,
  afterDays: number = STALE_AFTER_DAYS,
): Staleness {
  const days = dayNumber(asOf) - dayNumber(latestDate);
  return { isStale: days > afterDays, days, months: wholeMonthsBetween(latestDate, asOf) };
}
