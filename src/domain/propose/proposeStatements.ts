// Parley proposes, with its evidence; the coder decides. For each quoted passage of an article:
// who said it, for which party, and when, each with the words it came from. The app's reader and
// `npm run propose` both call this one function.
import type { Dataset, DateBasis, DatePrecision } from "../schema";
import { type Attribution, attribute, type Context, lastNamedSpeaker } from "./attribute";
import type { DateFinder } from "./dateOfClause";
import { dateOf, NO_PUBLISHED_DATE, type Worked } from "./dateOfPassage";
import { findQuotes, type QuotedPassage } from "./findQuotes";
import { findMentions, fullestMention, indexFullestMentions } from "./mentions";
import { knownSpeakers, proposeParty } from "./partyOf";
import { sentenceAround } from "./sentences";

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

export interface ProposeOptions {
  published: string | null;
  dataset?: Pick<Dataset, "statements" | "parties"> | undefined;
  findDates?: DateFinder; // only to measure another resolver against Parley's
}

// The candidates of an article, in text order.
export function proposeStatements(text: string, options: ProposeOptions): Proposal[] {
  const passages = findQuotes(text);
  const mentions = findMentions(text);
  const context: Context = {
    text,
    mentions,
    fullest: indexFullestMentions(mentions),
    quotes: passages,
  };
  const known: ReturnType<typeof knownSpeakers> = options.dataset
    ? knownSpeakers(options.dataset)
    : new Map();
  const worked: Worked[] = [];
  let lastSpeaker: Attribution | null = null;
  let previousEnd = 0;
  for (const passage of passages) {
    // The passage's own marks may stay in the list: nothing is looked for inside it.
    const others = passages;
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
  return worked.map((item) => toProposal(context, item, options, known, "direct"));
}

// The proposal as the app and the command line show it: speaker, party, date and the words each
// came from.
export function toProposal(
  context: Context,
  { passage, attribution, dateFields }: Worked,
  options: ProposeOptions,
  known: ReturnType<typeof knownSpeakers>,
  quoteKind: Proposal["quoteKind"],
): Proposal {
  const speaker = attribution ? { name: attribution.name, role: attribution.role } : null;
  const full = attribution
    ? fullestMention(context.fullest, attribution.name.split(" ").at(-1) ?? "")
    : null;
  const party =
    speaker && options.dataset
      ? proposeParty(speaker, full?.words ?? attribution?.evidence ?? "", options.dataset, known)
      : null;
  const { evidence: dateEvidence, phrase: _phrase, ...date } = dateFields;
  return {
    quote: context.text.slice(passage.start, passage.end),
    start: passage.start,
    end: passage.end,
    quoteKind,
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
