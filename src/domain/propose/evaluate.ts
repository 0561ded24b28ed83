// Scores proposals against hand-worked expectations: was each quoted passage proposed, with the
// right speaker, party and date? An empty party is counted apart from a wrong one: the coder can
// fill an empty field, but may not notice a wrong one.
import type { Proposal } from "./proposeStatements";

export interface ExpectedPassage {
  excerpt: string;
  speaker: string;
  party: string | null;
  date: [string, string] | null; // the window the date must fall in; null: the text does not say
  basis?: "stated" | "standing";
}

export interface PassageScore {
  excerpt: string;
  proposal: Proposal | null;
  isSpeakerRight: boolean;
  expectedParty: string | null;
  partyOutcome: "right" | "wrong" | "empty" | "none-expected";
  isDateRight: boolean | null; // null when no date is expected
}

const fold = (text: string) => text.replace(/\s+/g, " ").trim();
const nameKey = (name: string) => name.toLowerCase().replace(/[.’']/g, "").split(" ");

// The same person: the same name, or the same surname ("Zelenskyy" written "Zelenskyy").
export function isSameSpeaker(proposed: string, expected: string): boolean {
  const a = nameKey(proposed);
  const b = nameKey(expected);
  return a.join(" ") === b.join(" ") || (a.length > 0 && a.at(-1) === b.at(-1));
}

export function scorePassages(
  proposals: readonly Proposal[],
  expected: readonly ExpectedPassage[],
): PassageScore[] {
  const used = new Set<Proposal>();
  return expected.map((passage) => {
    const proposal =
      proposals.find(
        (candidate) =>
          !used.has(candidate) && fold(candidate.quote).includes(fold(passage.excerpt)),
      ) ?? null;
    if (proposal) used.add(proposal);
    const isSpeakerRight = proposal?.speaker
      ? isSameSpeaker(proposal.speaker.name, passage.speaker)
      : false;
    const proposedParty = proposal?.partyId ?? null;
    const partyOutcome =
      proposedParty === null
        ? passage.party === null
          ? "none-expected"
          : "empty"
        : proposedParty === passage.party
          ? "right"
          : "wrong";
    const date = proposal?.date ?? null;
    const isDateRight =
      passage.date === null
        ? null
        : date !== null && date >= passage.date[0] && date <= passage.date[1];
    return {
      excerpt: passage.excerpt,
      proposal,
      isSpeakerRight,
      expectedParty: passage.party,
      partyOutcome,
      isDateRight,
    };
  });
}

export interface Figures {
  passages: number;
  proposed: number;
  speakerRight: number;
  partyExpected: number;
  partyRight: number;
  partyWrong: number; // of the passages proposed
  datesExpected: number;
  dateRight: number;
}

export function figuresOf(scores: readonly PassageScore[]): Figures {
  return {
    passages: scores.length,
    proposed: scores.filter((score) => score.proposal).length,
    speakerRight: scores.filter((score) => score.isSpeakerRight).length,
    partyExpected: scores.filter((score) => score.expectedParty !== null).length,
    partyRight: scores.filter((score) => score.partyOutcome === "right").length,
    partyWrong: scores.filter((score) => score.partyOutcome === "wrong").length,
    datesExpected: scores.filter((score) => score.isDateRight !== null).length,
    dateRight: scores.filter((score) => score.isDateRight === true).length,
  };
}
