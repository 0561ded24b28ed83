// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone shifts a day.

export const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

// 0 = Sunday … 6 = Saturday.
export function weekdayOf(iso: string): number {
  return toUtc(iso).getUTCDay();
}

// The ISO date of day `day` of month `month` (1-12) in `year`, or null if that day does not exist.
export function isoOf(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day || year < 1000 || year > 9999) return null;
  return toIso(date);
}

export function firstOfMonth(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
}

// "Friday 8 Nov 2024".
export function longDay(iso: string): string {
  return `${WEEKDAYS[weekdayOf(iso)]} ${shortDay(iso)}`;
}

// "8 Nov 2024".
export function shortDay(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]?.slice(0, 3)} ${year}`;
}

// "November 2024".
export function monthName(year: number, month: number): string {
  return `${MONTHS[month - 1]} ${year}`;
}
