// Parley proposes, with its evidence; the coder decides. For each quoted passage of an article:
// who said it, for which party, and when, each with the words it came from. The app's reader and
// `npm run propose` both call this one function.
import { longDay } from "../edit/calendarDays";
import type { Dataset, DateBasis, DatePrecision } from "../schema";
import { type Attribution, attribute, type Context, lastNamedSpeaker } from "./attribute";
import { type DateFinder, dateInClause, datesBefore, STANDING_CUE } from "./dateOfClause";
import { findQuotes, type QuotedPassage } from "./findQuotes";
import { findMentions, fullestMention } from "./mentions";
import { knownSpeakers, proposeParty } from "./partyOf";
import { paragraphAt, sentenceAround } from "./sentences";

export interface ProposalEvidence {
  speaker: string | null; // the words the speaker was read from
  role: string | null; // the fullest mention the role was taken from
  party: string | null;
  date: string | null;
}

export interface Proposal {
  quote: string;
  start: number;
  end: number;
  quoteKind: "direct" | "reported";
  speaker: { name: string; role: string } | null;
  partyId: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  dateBasis: DateBasis | null;
  dateNote: string;
  evidence: ProposalEvidence;
}

type DateFields = Pick<Proposal, "date" | "datePrecision" | "dateBasis" | "dateNote"> & {
  evidence: string | null; // where the date came from, for the coder
  phrase?: string; // the date words themselves
};

const NO_PUBLISHED_DATE: DateFields = {
  date: null,
  datePrecision: null,
  dateBasis: null,
  dateNote:
    "The source has no published date: give it one (or a date for this statement) to place the date words.",
  evidence: null,
};

export interface ProposeOptions {
  published: string | null;
  dataset?: Pick<Dataset, "statements" | "parties"> | undefined;
  findDates?: DateFinder; // only to measure another resolver against Parley's
}

interface Worked {
  passage: QuotedPassage;
  attribution: Attribution | null;
  dateFields: DateFields;
}

// The candidates of an article, in text order.
export function proposeStatements(text: string, options: ProposeOptions): Proposal[] {
  const passages = findQuotes(text);
  const context: Context = { text, mentions: findMentions(text), quotes: passages };
  const known = options.dataset ? knownSpeakers(options.dataset) : new Map();
  const worked: Worked[] = [];
  let lastSpeaker: Attribution | null = null;
  let previousEnd = 0;
  for (const passage of passages) {
    const others = passages.filter((other) => other !== passage);
    lastSpeaker = lastNamedSpeaker(context, previousEnd, passage.openAt, others, lastSpeaker);
    const sentence = sentenceAround(text, passage, passages);
    let attribution = attribute(
      context,
      { ...sentence, openAt: passage.openAt, closeAt: passage.closeAt },
      lastSpeaker,
      others,
    );
    const previous = worked.at(-1);
    if (
      // A quotation left open takes the speaker its next paragraph names (below).
      !attribution &&
      !passage.isOpenEnded &&
      previous?.attribution &&
      continuesFrom(text, previous.passage, passage, passages)
    ) {
      attribution = {
        ...previous.attribution,
        kind: "continued",
        evidence: previous.attribution.evidence,
      };
    }
    if (!attribution && passage.continues >= 0) {
      const head = worked[passage.continues]?.attribution;
      if (head) attribution = { ...head, kind: "continued" };
    }
    if (attribution) lastSpeaker = attribution;
    const dateFields =
      options.published === null
        ? NO_PUBLISHED_DATE
        : dateOf(
            text,
            passage,
            sentence,
            attribution,
            passages,
            worked,
            options.published,
            options.findDates,
          );
    worked.push({ passage, attribution, dateFields });
    previousEnd = passage.closeAt;
  }
  // A quotation whose attribution comes in the paragraph that continues it.
  for (const [index, item] of worked.entries()) {
    const next = worked[index + 1];
    if (!item.attribution && next?.passage.continues === index && next.attribution) {
      item.attribution = { ...next.attribution, kind: "continued" };
      item.dateFields = next.dateFields;
    }
  }
  return worked.map(({ passage, attribution, dateFields }) => {
    const speaker = attribution ? { name: attribution.name, role: attribution.role } : null;
    const full = attribution
      ? fullestMention(context.mentions, attribution.name.split(" ").at(-1) ?? "")
      : null;
    const party =
      speaker && options.dataset
        ? proposeParty(speaker, full?.words ?? attribution?.evidence ?? "", options.dataset, known)
        : null;
    const { evidence: dateEvidence, phrase: _phrase, ...date } = dateFields;
    return {
      quote: text.slice(passage.start, passage.end),
      start: passage.start,
      end: passage.end,
      quoteKind: "direct" as const,
      speaker,
      partyId: party?.partyId ?? null,
      ...date,
      evidence: {
        speaker: attribution ? describeAttribution(attribution) : null,
        role: full && full.role !== "" ? roleEvidence(full) : null,
        party: party?.evidence ?? null,
        date: dateEvidence,
      },
    };
  });
}

// The fullest mention's words, with an appositive role ("Ana Velt", "Midvale's foreign minister").
function roleEvidence(mention: { words: string; role: string }): string {
  return mention.words.includes(mention.role) ? mention.words : `${mention.role}, ${mention.words}`;
}

function describeAttribution(attribution: Attribution): string {
  if (attribution.kind === "continued")
    return `continues the quotation before it: ${attribution.evidence}`;
  if (attribution.kind === "pronoun")
    return `${attribution.evidence} (the last speaker named: ${attribution.name})`;
  return attribution.evidence;
}

// A passage with no attribution of its own continues the one before when only that one's
// attribution stands between them ('“…,” Putin said. “…”' or a quotation's next paragraph).
function continuesFrom(
  text: string,
  previous: QuotedPassage,
  passage: QuotedPassage,
  passages: readonly QuotedPassage[],
): boolean {
  const between = text.slice(previous.closeAt, passage.openAt);
  if (between.length > 220) return false;
  const sentenceEnds = between.match(/[.!?]["'”’]?(?:\s|$)/g)?.length ?? 0;
  const isOtherQuoteBetween = passages.some(
    (other) => other.openAt > previous.closeAt && other.closeAt <= passage.openAt,
  );
  return !isOtherQuoteBetween && sentenceEnds <= 1;
}

function dateOf(
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
  const same = [...worked]
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
