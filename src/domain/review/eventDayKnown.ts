// An event dated to the month while statements of its own source, mentioning it, give its day
// (issue 20: the Alaska summit drawn on 1 August while the statements date it to 15 August).
// A statement mentions the event when it names one of the event title's own words (not a
// party's or a speaker's name) within MENTION_CHARS of a day of the event's month.
import type { Statement } from "../schema";
import { countBefore } from "../statementIndex";
import { daysOfMonth } from "./dayWords";
import type { ReviewFlag } from "./flag";
import type { ReviewContext } from "./reviewContext";
import { contentWords, foldText, wordsOf } from "./words";

// "the Alaska summit (15 August 2025" and "the call on Monday, 18 August": a clause apart.
const MENTION_CHARS = 80;

export function eventDayKnown(context: ReviewContext): ReviewFlag[] {
  const flags: ReviewFlag[] = [];
  const names = nameWords(context);
  for (const event of context.events) {
    if (event.datePrecision !== "month") continue;
    const titleWords = [...contentWords(event.title)].filter(
      (word) => word.length >= 4 && !names.has(word),
    );
    if (titleWords.length === 0) continue;
    const month = Number(event.date.slice(5, 7));
    for (const statement of inMonthAndNext(
      context.bySource.get(event.sourceId) ?? [],
      event.date,
    )) {
      const found = dayNearMention(statement, titleWords, month);
      if (!found) continue;
      flags.push({
        rule: "event-day-known",
        eventIds: [event.id],
        statementIds: [statement.id],
        message:
          `${event.id} is dated to the month (${event.date}), but ${statement.id}, from the ` +
          `same source, gives “${found.day}” beside “${found.word}”: date the event to that day.`,
        evidence: `${found.word} … ${found.day}`,
      });
      break;
    }
  }
  return flags;
}

// Every word of a party's or speaker's name: "Trump" names who took part, not the event.
function nameWords(context: ReviewContext): Set<string> {
  const words = new Set<string>();
  for (const party of context.dataset.parties)
    for (const word of wordsOf(`${party.name} ${party.shortName}`)) words.add(word);
  for (const statement of context.dataset.statements)
    for (const word of wordsOf(statement.speaker.name)) words.add(word);
  return words;
}

// The source's statements dated in the event's month or the next (a report gives an event's
// day in the weeks after it), found by binary search in the date-ordered list, so many events
// of one source do not each walk all of its statements.
function inMonthAndNext(
  statements: readonly Statement[],
  monthStart: string,
): readonly Statement[] {
  const year = Number(monthStart.slice(0, 4));
  const month = Number(monthStart.slice(5, 7)) + 2;
  const end = `${month > 12 ? year + 1 : year}-${String(month > 12 ? month - 12 : month).padStart(2, "0")}-01`;
  return statements.slice(countBefore(statements, monthStart), countBefore(statements, end));
}

function dayNearMention(
  statement: Statement,
  titleWords: readonly string[],
  month: number,
): { word: string; day: string } | null {
  for (const text of [statement.dateNote, statement.summary, statement.quote]) {
    if (!text) continue;
    const folded = foldText(text);
    for (const day of daysOfMonth(folded)) {
      if (day.month !== month) continue;
      const around = folded.slice(Math.max(0, day.at - MENTION_CHARS), day.at + MENTION_CHARS);
      const word = titleWords.find((each) => new RegExp(`\\b${each}\\b`).test(around));
      if (word) return { word, day: day.words };
    }
  }
  return null;
}
