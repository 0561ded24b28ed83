// Dates as people read them, at the precision the source gives.
import type { DatePrecision } from "../domain/schema";

// UTC throughout: ISO dates are calendar days, and a local time zone west of Greenwich would
// turn 2024-06-01 into 31 May.
const formats: Record<DatePrecision, Intl.DateTimeFormat> = {
  day: new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }),
  month: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
  year: new Intl.DateTimeFormat("en-GB", { year: "numeric", timeZone: "UTC" }),
};

// Returns e.g. "12 June 2024", "June 2024" or "2024"; the ISO text itself if unparseable.
export function formatDate(isoDate: string, precision: DatePrecision = "day"): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : formats[precision].format(date);
}
