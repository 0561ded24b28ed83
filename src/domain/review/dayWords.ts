// Words in which an article gives a day: a weekday ("on Thursday") or a day of a month
// ("14 March", "March 14th"). Matched on folded text (foldText).

const MONTH =
  "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b/;
// "14 March", "14th of March", "March 14", "March 14th"; not "March 2025".
const DAY_OF_MONTH = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}\\b|\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?\\b`,
  "g",
);

const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  "january february march april may june july august september october november december"
    .split(" ")
    .map((name, index) => [name, index + 1]),
);

// Returns the first weekday or day of a month `folded` (text folded by foldText) gives, or null.
export function findDayWords(folded: string): string | null {
  const weekday = WEEKDAY.exec(folded);
  DAY_OF_MONTH.lastIndex = 0;
  const dayOfMonth = DAY_OF_MONTH.exec(folded);
  if (weekday && (!dayOfMonth || weekday.index < dayOfMonth.index)) return weekday[0];
  return dayOfMonth ? dayOfMonth[0] : null;
}

export interface DayOfMonth {
  words: string;
  at: number;
  month: number;
  day: number;
}

// Every day of a month `folded` (text folded by foldText) names, with where it stands.
export function daysOfMonth(folded: string): DayOfMonth[] {
  const found: DayOfMonth[] = [];
  DAY_OF_MONTH.lastIndex = 0;
  for (let match = DAY_OF_MONTH.exec(folded); match; match = DAY_OF_MONTH.exec(folded)) {
    const words = match[0];
    const day = Number(/\d{1,2}/.exec(words)?.[0]);
    const monthName = new RegExp(MONTH).exec(words)?.[0] ?? "";
    found.push({ words, at: match.index, month: MONTH_NUMBERS[monthName] ?? 0, day });
  }
  return found;
}
