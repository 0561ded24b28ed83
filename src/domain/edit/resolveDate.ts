// Resolves date words ("on Thursday", "last weekend", "Jan. 9", "in June") against a source's
// publication date. Which words belong to a quote is decided in src/domain/propose (the quote's
// own clause); a phrase this cannot place gives no proposal rather than a guess.
import type { DatePrecision } from "../schema";
import {
  addDays,
  firstOfMonth,
  isoOf,
  longDay,
  MONTHS,
  monthName,
  shortDay,
  WEEKDAYS,
  weekdayOf,
} from "./calendarDays";

export interface DateProposal {
  date: string;
  datePrecision: DatePrecision;
  dateNote: string;
  phrase: string; // the words it was resolved from, as the text has them
}

interface Expression {
  pattern: RegExp;
  resolve(match: RegExpExecArray, published: string | null): Omit<DateProposal, "phrase"> | null;
}

const WEEKDAY_WORDS = WEEKDAYS.join("|");
// Month names as articles print them: capitalised, full or abbreviated ("Sept.", "Jan").
const MONTH_WORDS =
  "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

function monthNumber(word: string): number {
  return MONTHS.findIndex((name) => name.slice(0, 3) === word.slice(0, 3)) + 1;
}

function yearMonth(iso: string): [number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
}

const article = (published: string) => `the article of ${longDay(published)}`;

function day(date: string, dateNote: string) {
  return { date, datePrecision: "day" as const, dateNote };
}

function month(year: number, monthIndex: number, dateNote: string) {
  return { date: firstOfMonth(year, monthIndex), datePrecision: "month" as const, dateNote };
}

// The latest day with this weekday on or before (or, if `isStrict`, before) the article.
function weekdayBefore(weekday: string, published: string, isStrict: boolean) {
  const wanted = WEEKDAYS.findIndex((name) => name.toLowerCase() === weekday.toLowerCase());
  let back = (weekdayOf(published) - wanted + 7) % 7;
  if (back === 0 && isStrict) back = 7;
  const date = addDays(published, -back);
  const name = WEEKDAYS[wanted];
  if (back === 0) return day(date, `${name}: the day of ${article(published)}`);
  if (back === 7) return day(date, `${name} of the week before ${article(published)}`);
  return day(date, `${name} before ${article(published)}`);
}

// A day and month with or without a year: without one, the latest such day on or before the
// article. A day after the article is not when its statement was made, so no proposal.
function dayOfMonth(
  dayText: string,
  monthWord: string,
  yearText: string | undefined,
  published: string | null,
) {
  const monthIndex = monthNumber(monthWord);
  const dayNumber = Number(dayText);
  if (yearText) {
    const date = isoOf(Number(yearText), monthIndex, dayNumber);
    if (!date || (published === null ? null : date > published)) return null;
    return day(date, `${longDay(date)}, as the text says`);
  }
  if (!published) return null;
  const [year] = yearMonth(published);
  let date = isoOf(year, monthIndex, dayNumber);
  if (date && date > published) date = isoOf(year - 1, monthIndex, dayNumber);
  if (!date) return null;
  const dayMonth = shortDay(date).replace(/ \d+$/, "");
  return day(date, `${longDay(date)}: the last ${dayMonth} on or before ${article(published)}`);
}

// "4–10 Nov 2024", or "28 Oct–3 Nov 2024" across two months.
function weekSpan(first: string, last: string): string {
  const from =
    first.slice(0, 7) === last.slice(0, 7)
      ? shortDay(first).replace(/ \S+ \d+$/, "")
      : shortDay(first).replace(/ \d+$/, "");
  return first === last ? shortDay(first) : `${from}–${shortDay(last)}`;
}

// A month named with or without its year; without one, the last such month on or before the
// article. A month after the article is not when its statement was made, so no proposal.
function inMonth(monthWord: string, yearText: string | undefined, published: string | null) {
  const monthIndex = monthNumber(monthWord);
  if (yearText) {
    const year = Number(yearText);
    if (published === null ? null : firstOfMonth(year, monthIndex) > published) return null;
    return month(year, monthIndex, `${monthName(year, monthIndex)}, as the text says`);
  }
  if (!published) return null;
  const [pubYear, pubMonth] = yearMonth(published);
  const year = monthIndex <= pubMonth ? pubYear : pubYear - 1;
  const name = MONTHS[monthIndex - 1];
  const note = `${monthName(year, monthIndex)}: the last ${name} on or before ${article(published)}`;
  return month(year, monthIndex, note);
}

const EXPRESSIONS: readonly Expression[] = [
  {
    pattern: new RegExp(
      `\\b(${MONTH_WORDS})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`,
      "g",
    ),
    resolve: (m, published) => dayOfMonth(m[2] ?? "", m[1] ?? "", m[3], published),
  },
  {
    pattern: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_WORDS})\\.?(?:,? (\\d{4}))?\\b`,
      "g",
    ),
    resolve: (m, published) => dayOfMonth(m[1] ?? "", m[2] ?? "", m[3], published),
  },
  {
    pattern: new RegExp(`\\b[Ii]n (?:early |mid-|late )?(${MONTH_WORDS})(?: (\\d{4}))?\\b`, "g"),
    resolve: (m, published) => inMonth(m[1] ?? "", m[2], published),
  },
  {
    pattern: new RegExp(
      `\\b(?:at |by )?the (?:end|beginning|start|middle) of (${MONTH_WORDS})(?: (\\d{4}))?\\b`,
      "gi",
    ),
    resolve: (m, published) => inMonth(m[1] ?? "", m[2], published),
  },
  {
    pattern: /\b[Ii]n (\d{4})\b/g,
    resolve: (m, published) => {
      const year = Number(m[1]);
      if (year < 1000 || (published === null ? null : `${year}-01-01` > published)) return null;
      return {
        date: `${year}-01-01`,
        datePrecision: "year",
        dateNote: `${year}, as the text says; no month given`,
      };
    },
  },
  {
    pattern: /\byesterday\b/gi,
    resolve: (_m, published) =>
      published === null
        ? null
        : day(addDays(published, -1), `Yesterday: the day before ${article(published)}`),
  },
  {
    pattern: /\b(?:today|this morning|earlier today)\b/gi,
    resolve: (_m, published) =>
      published === null ? null : day(published, `Today: the day of ${article(published)}`),
  },
  {
    pattern: new RegExp(`\\blast (${WEEKDAY_WORDS})\\b`, "gi"),
    resolve: (m, published) =>
      published === null ? null : weekdayBefore(m[1] ?? "", published, true),
  },
  {
    pattern: new RegExp(`\\b(${WEEKDAY_WORDS})\\b`, "gi"),
    resolve: (m, published) =>
      published === null ? null : weekdayBefore(m[1] ?? "", published, false),
  },
  {
    // The calendar week (Monday to Sunday) before the article's, dated to its Monday: a day in
    // the week, where the first of the month could fall outside it. The note gives the span.
    pattern: /\blast week\b/gi,
    resolve: (_m, published) => {
      if (!published) return null;
      const monday = addDays(published, -((weekdayOf(published) + 6) % 7) - 7);
      const sunday = addDays(monday, 6);
      return day(
        monday,
        `Last week: ${weekSpan(monday, sunday)}, the week before ${article(published)}; dated to its Monday`,
      );
    },
  },
  {
    // The Saturday and Sunday before the article (a week back when it appeared on a Sunday),
    // dated to the Saturday.
    pattern: /\b(?:last|this past|over the) weekend\b/gi,
    resolve: (_m, published) => {
      if (!published) return null;
      const back = weekdayOf(published) === 0 ? 7 : weekdayOf(published);
      const sunday = addDays(published, -back);
      const saturday = addDays(sunday, -1);
      return day(
        saturday,
        `Last weekend: ${weekSpan(saturday, sunday)}, before ${article(published)}; dated to its Saturday`,
      );
    },
  },
  {
    // The days of the article's week before it ("earlier this week"), dated to its Monday.
    pattern: /\b(?:earlier )?this week\b/gi,
    resolve: (_m, published) => {
      if (!published) return null;
      const monday = addDays(published, -((weekdayOf(published) + 6) % 7));
      const lastDay = monday === published ? published : addDays(published, -1);
      return day(
        monday,
        `This week: ${weekSpan(monday, lastDay)}, the week of ${article(published)}; dated to its Monday`,
      );
    },
  },
  {
    pattern: /\b(?:earlier )?this month\b/gi,
    resolve: (_m, published) => {
      if (!published) return null;
      const [year, monthIndex] = yearMonth(published);
      return month(
        year,
        monthIndex,
        `This month: ${monthName(year, monthIndex)}, the month of ${article(published)}`,
      );
    },
  },
  {
    pattern: /\blast month\b/gi,
    resolve: (_m, published) => {
      if (!published) return null;
      const [pubYear, pubMonth] = yearMonth(published);
      const [year, monthIndex] = pubMonth === 1 ? [pubYear - 1, 12] : [pubYear, pubMonth - 1];
      return month(
        year,
        monthIndex,
        `Last month: ${monthName(year, monthIndex)}, the month before ${article(published)}`,
      );
    },
  },
  {
    pattern: /\b(?:earlier )?this year\b/gi,
    resolve: (_m, published) =>
      published === null
        ? null
        : {
            date: `${published.slice(0, 4)}-01-01`,
            datePrecision: "year",
            dateNote: `This year: ${published.slice(0, 4)}, the year of ${article(published)}`,
          },
  },
  {
    pattern: /\blast year\b/gi,
    resolve: (_m, published) => {
      if (!published) return null;
      const year = Number(published.slice(0, 4)) - 1;
      return {
        date: `${year}-01-01`,
        datePrecision: "year",
        dateNote: `Last year: ${year}, the year before ${article(published)}`,
      };
    },
  },
];

export interface FoundExpression extends DateProposal {
  start: number;
  end: number;
}

// Every date expression in `text` that resolves against `published`, in text order. Where two
// overlap ("Friday, Nov. 8"), the one listed first in EXPRESSIONS (the more specific) wins.
export function findDateExpressions(text: string, published: string | null): FoundExpression[] {
  const found: FoundExpression[] = [];
  for (const expression of EXPRESSIONS) {
    for (const match of text.matchAll(expression.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      const proposal = expression.resolve(match as RegExpExecArray, published);
      if (proposal) found.push({ ...proposal, phrase: match[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// The first date expression of a phrase, resolved; null if it holds none Parley can place.
export function resolveDatePhrase(published: string | null, phrase: string): DateProposal | null {
  const [first] = findDateExpressions(phrase, published);
  if (!first) return null;
  const { start: _start, end: _end, ...proposal } = first;
  return proposal;
}
