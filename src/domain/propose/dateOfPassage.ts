// The date of one passage: its own clause's date words, else a standing cue of its sentence,
// else the scene its paragraph set, the same speaker's last dated quotation, the paragraph before
// when it names the speaker (not a caption), else the article's date, said so. Without a
// published date there is nothing to resolve against, so no date at all (and never today's).
import { longDay } from "../edit/calendarDays";
import type { DateBasis, DatePrecision } from "../schema";
import type { Attribution } from "./attribute";
import { type DateFinder, dateInClause, datesBefore, STANDING_CUE } from "./dateOfClause";
import type { QuotedPassage } from "./findQuotes";
import { paragraphAt } from "./sentences";

export type DateFields = {
  date: string | null;
  datePrecision: DatePrecision | null;
  dateBasis: DateBasis | null;
  dateNote: string;
  evidence: string | null; // where the date came from, for the coder
  phrase?: string; // the date words themselves
};

export const NO_PUBLISHED_DATE: DateFields = {
  date: null,
  datePrecision: null,
  dateBasis: null,
  dateNote:
    "The source has no published date: give it one (or a date for this statement) to place the date words.",
  evidence: null,
};

// A passage already worked on: its speaker and date.
export interface Worked {
  passage: QuotedPassage;
  attribution: Attribution | null;
  dateFields: DateFields;
}

export function dateOf(
  text: string,
  passage: QuotedPassage,
  sentence: { start: number; end: number },
  attribution: Attribution | null,
  passages: readonly QuotedPassage[],
  worked: readonly Worked[],
  published: string,
  findDates?: DateFinder,
): DateFields {
  const verbAt = attribution && attribution.kind !== "continued" ? attribution.verbAt : null;
  const own = dateInClause(
    text,
    { sentenceStart: sentence.start, sentenceEnd: sentence.end, verbAt },
    passages,
    published,
    findDates,
  );
  if (own) {
    return {
      date: own.date,
      datePrecision: own.datePrecision,
      dateBasis: "stated",
      dateNote: own.dateNote,
      evidence: `“${own.phrase}”`,
      phrase: own.phrase,
    };
  }
  const outside = textOutsideQuotes(text, sentence.start, sentence.end, passages);
  const cue = STANDING_CUE.exec(outside);
  if (cue) {
    return {
      date: published,
      datePrecision: "day",
      dateBasis: "standing",
      dateNote: `A standing position (“${cue[0]}”): dated to the article, ${longDay(published)}`,
      evidence: `“${cue[0]}”`,
      phrase: cue[0],
    };
  }
  // The scene the paragraph set before the quote ('During his remarks at Monday's meeting, …').
  const paragraph = paragraphAt(text, passage.openAt);
  const [scene] = datesBefore(
    text,
    paragraph.start,
    passage.openAt,
    passages,
    published,
    findDates,
  );
  if (scene) {
    return {
      date: scene.date,
      datePrecision: scene.datePrecision,
      dateBasis: "stated",
      dateNote: scene.dateNote,
      evidence: `“${scene.phrase}”, earlier in the paragraph`,
      phrase: scene.phrase,
    };
  }
  // The same speaker's last dated quotation: the same remarks, reported on.
  // Within the last few passages: the rule is about the same remarks, told in a row.
  const same = worked
    .slice(-12)
    .reverse()
    .find(
      (item) =>
        attribution &&
        item.attribution?.name === attribution.name &&
        item.dateFields.evidence !== null &&
        item.dateFields.dateBasis === "stated",
    );
  if (same && same.passage.closeAt > passage.openAt - 1200) {
    return {
      ...same.dateFields,
      evidence: `“${same.dateFields.phrase}”, as ${attribution?.name}'s quotation before it`,
    };
  }
  // The paragraph before, when it names the speaker and is not a photo's caption.
  const before = paragraph.start > 1 ? paragraphAt(text, paragraph.start - 2) : null;
  if (before && isCaption(text.slice(before.start, before.end))) return articleDate(published);
  const surname = attribution?.name.split(" ").at(-1);
  if (before && surname && text.slice(before.start, before.end).includes(surname)) {
    const [previous] = datesBefore(text, before.start, before.end, passages, published, findDates);
    if (previous) {
      return {
        date: previous.date,
        datePrecision: previous.datePrecision,
        dateBasis: "stated",
        dateNote: previous.dateNote,
        evidence: `“${previous.phrase}”, in the paragraph before, which names ${surname}`,
        phrase: previous.phrase,
      };
    }
  }
  return articleDate(published);
}

function articleDate(published: string): DateFields {
  return {
    date: published,
    datePrecision: "day",
    dateBasis: "stated",
    dateNote: `No date words for this quotation: the article's date, ${longDay(published)}; check it`,
    evidence: null,
  };
}

// A photo's caption or credit: its date is when the picture was taken, not when anyone spoke.
const CAPTION =
  /^\s*(?:Photo|Photograph|Picture|Image|Caption|Pictured|File photo)\b|\bPhoto(?:graph)? (?:by|credit)\b|\((?:[^()]*\/)?(?:Getty Images|Reuters|AP|AFP|File Photo|EPA)[^()]*\)\s*$/i;

export function isCaption(paragraph: string): boolean {
  return CAPTION.test(paragraph);
}

function textOutsideQuotes(
  text: string,
  from: number,
  to: number,
  passages: readonly QuotedPassage[],
): string {
  let outside = "";
  let at = from;
  for (const passage of passages) {
    if (passage.closeAt <= from || passage.openAt >= to) continue;
    outside += `${text.slice(at, Math.max(at, passage.openAt))} … `;
    at = Math.max(at, passage.closeAt);
  }
  return outside + text.slice(at, to);
}
