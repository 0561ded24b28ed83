// Date ticks for a numeric time axis: whole months, quarters or years, as many as fit.

const DAY_MS = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
// Steps in months, finest first; the first that keeps the count under the limit wins.
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];

export interface TimeTick {
  value: number;
  label: string;
}

// Returns the UTC midnight of an ISO date (YYYY-MM-DD) in milliseconds.
export function toTime(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

// Returns the ISO date (YYYY-MM-DD) of a UTC time in milliseconds.
export function toIsoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

// Returns [start, end] padded so a single date or a short span still gets a readable axis.
export function timeDomain(firstDate: string, lastDate: string): [number, number] {
  const start = toTime(firstDate);
  const end = toTime(lastDate);
  // A single date gets half a month each side, so month ticks can show; a span of days (a
  // zoomed-in range) one day each side, so its first and last markers clear the axis ends.
  const pad = end === start ? 15 * DAY_MS : end - start < 30 * DAY_MS ? DAY_MS : 0;
  return [start - pad, end + pad];
}

// Below this span the axis counts days ("18 Aug"): months would leave a zoomed-in range of a
// few days with one tick or none.
const DAY_TICKS_BELOW_MS = 45 * DAY_MS;
const DAY_STEPS = [1, 2, 3, 7, 14];

// Returns ticks on the first day of a month within [start, end] (on days, for a span under
// 45 days), at most maxTicks of them (at least one step is always tried, so a wide span may
// still give a single tick).
export function timeTicks(start: number, end: number, maxTicks: number): TimeTick[] {
  const limit = Math.max(1, Math.floor(maxTicks));
  if (end - start < DAY_TICKS_BELOW_MS) {
    const step = DAY_STEPS.find((days) => (end - start) / (days * DAY_MS) < limit) ?? 14;
    return dayTicks(start, end, step);
  }
  for (const step of MONTH_STEPS) {
    const ticks = monthTicks(start, end, step);
    if (ticks.length <= limit || step === MONTH_STEPS[MONTH_STEPS.length - 1]) return ticks;
  }
  return [];
}

function monthTicks(start: number, end: number, step: number): TimeTick[] {
  const first = new Date(start);
  // Months are counted from year 0 so steps line up on January (quarters, halves, years).
  let month = first.getUTCFullYear() * 12 + first.getUTCMonth();
  if (Date.UTC(Math.floor(month / 12), month % 12, 1) < start) month++;
  month = Math.ceil(month / step) * step;
  const ticks: TimeTick[] = [];
  for (; ; month += step) {
    const year = Math.floor(month / 12);
    const monthOfYear = month % 12;
    const value = Date.UTC(year, monthOfYear, 1);
    if (value > end) break;
    const label = step >= 12 ? String(year) : `${MONTHS[monthOfYear]} ${year}`;
    ticks.push({ value, label });
  }
  return ticks;
}

function dayTicks(start: number, end: number, step: number): TimeTick[] {
  const ticks: TimeTick[] = [];
  // Days counted from 1970-01-01, so every chart puts its ticks on the same days.
  let day = Math.ceil(start / DAY_MS);
  day = Math.ceil(day / step) * step;
  for (; day * DAY_MS <= end; day += step) {
    const date = new Date(day * DAY_MS);
    ticks.push({
      value: day * DAY_MS,
      label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`,
    });
  }
  return ticks;
}

// The props of a Recharts XAxis that shows `ticks` on a time domain, labelled as timeTicks
// says: the stance and gap charts share one axis so their dates line up and read alike.
export function timeAxisProps(
  domain: [number, number],
  ticks: readonly TimeTick[],
  padding: { left: number; right: number },
  fontSize: number,
) {
  const labels = new Map(ticks.map((tick) => [tick.value, tick.label]));
  return {
    type: "number" as const,
    dataKey: "x",
    domain,
    ticks: ticks.map((tick) => tick.value),
    tickFormatter: (value: number) => labels.get(value) ?? "",
    interval: 0 as const,
    padding,
    fontSize,
  };
}
