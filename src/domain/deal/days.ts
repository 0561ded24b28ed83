// Whole days and months between ISO dates, without Date objects in the hot loops.

// Returns the day number (days since 1970-01-01, UTC) of an ISO date "YYYY-MM-DD".
export function dayNumber(isoDate: string): number {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

// Returns how many whole calendar months lie between `earlier` and `later` (0 if later is
// less than a month on): 2025-01-31 → 2025-02-28 is 0 months, → 2025-03-01 is 1.
export function wholeMonthsBetween(earlier: string, later: string): number {
  const months =
    (Number(later.slice(0, 4)) - Number(earlier.slice(0, 4))) * 12 +
    (Number(later.slice(5, 7)) - Number(earlier.slice(5, 7)));
  const isShortOfDay = later.slice(8, 10) < earlier.slice(8, 10);
  return Math.max(0, isShortOfDay ? months - 1 : months);
}
