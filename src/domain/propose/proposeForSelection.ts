// The proposal for a passage the coder selected: the candidate holding it (a part of a quotation
// keeps its quotation's speaker and date), or, outside quotation marks, a reported statement
// read the same way ('Putin also said any ceasefire…': the speaker of the verb inside it).
import { attribute, attributeInside, type Context, lastNamedSpeaker } from "./attribute";
import { dateOf, NO_PUBLISHED_DATE } from "./dateOfPassage";
import { findQuotes, type QuotedPassage } from "./findQuotes";
import { findMentions, indexFullestMentions } from "./mentions";
import { knownSpeakers } from "./partyOf";
import {
  type Proposal,
  type ProposeOptions,
  proposeStatements,
  toProposal,
} from "./proposeStatements";
import { sentenceAround } from "./sentences";

export function proposeForSelection(
  text: string,
  start: number,
  end: number,
  options: ProposeOptions,
): Proposal {
  const holding = proposeStatements(text, options).find(
    (proposal) => proposal.start < end && start < proposal.end,
  );
  if (holding) {
    // Words beyond the quotation marks ("…," Velt told reporters) are the writer's: reported.
    const isInside = start >= holding.start && end <= holding.end;
    const quoteKind = isInside ? holding.quoteKind : "reported";
    return { ...holding, quote: text.slice(start, end), start, end, quoteKind };
  }
  const passages = findQuotes(text);
  const mentions = findMentions(text);
  const context: Context = {
    text,
    mentions,
    fullest: indexFullestMentions(mentions),
    quotes: passages,
  };
  const selection: QuotedPassage = {
    start,
    end,
    openAt: start,
    closeAt: end,
    continues: -1,
    isOpenEnded: false,
  };
  const lastSpeaker = lastNamedSpeaker(context, 0, start, passages, null);
  const sentence = sentenceAround(text, selection, passages);
  const attribution =
    attributeInside(context, start, end, lastSpeaker) ??
    attribute(context, { ...sentence, openAt: start, closeAt: end }, lastSpeaker, passages);
  const dateFields =
    options.published === null
      ? NO_PUBLISHED_DATE
      : dateOf(text, selection, sentence, attribution, passages, [], options.published);
  const known = options.dataset ? knownSpeakers(options.dataset) : new Map();
  return toProposal(
    context,
    { passage: selection, attribution, dateFields },
    options,
    known,
    "reported",
  );
}
