// Five statements for text, speaker, party, issue and date filters: names with diacritics
// (Çavuşoğlu, Türkiye), a reported position, and two statements on the same day.
import { makeDataset, makeIssue, makeParty, makeStatement } from "./makeDataset";

export const speakersWithDiacritics = makeDataset("speakers-with-diacritics", {
  parties: [makeParty("ua"), makeParty("ru"), makeParty("tr")],
  issues: [
    makeIssue("ceasefire", ["immediate", "conditional"]),
    makeIssue("security-guarantees", ["binding", "non-binding", "none"]),
  ],
  statements: [
    makeStatement({
      id: "lavrov",
      date: "2022-03-10",
      partyId: "ru",
      issueId: "ceasefire",
      stanceId: "conditional",
      speaker: { name: "Sergei Lavrov", role: "Minister of Foreign Affairs" },
      summary: "Lavrov said a ceasefire was possible only once Kyiv accepted neutrality.",
    }),
    makeStatement({
      id: "zelenskyy",
      date: "2022-03-29",
      partyId: "ua",
      issueId: "security-guarantees",
      stanceId: "binding",
      speaker: { name: "Volodymyr Zelenskyy", role: "President of Ukraine" },
      summary: "Ukraine proposed binding security guarantees from several states.",
      quote: "We need guarantees that work, not words on paper.",
    }),
    makeStatement({
      id: "cavusoglu",
      date: "2022-03-29",
      partyId: "tr",
      issueId: "ceasefire",
      stanceId: "immediate",
      speaker: { name: "Mevlüt Çavuşoğlu", role: "Foreign Minister of Türkiye" },
      summary: "Türkiye called for an immediate ceasefire at the Istanbul talks.",
      quote: "Ateşkes şimdi gerekli.",
      quoteKind: "reported",
    }),
    makeStatement({
      id: "peskov",
      date: "2022-04-05",
      partyId: "ru",
      issueId: "security-guarantees",
      stanceId: null,
      speaker: { name: "Dmitry Peskov", role: "Kremlin spokesman" },
      summary: "Peskov said it was too early to discuss guarantees.",
    }),
    makeStatement({
      id: "podolyak",
      date: "2022-03-01",
      partyId: "ua",
      issueId: "security-guarantees",
      stanceId: "non-binding",
      speaker: {
        name: "Mykhailo Podolyak",
        role: "Adviser to the head of the Presidential Office",
      },
      reportedBy: { name: "Sergei Lavrov", role: "Minister of Foreign Affairs" },
      summary: "Ukraine's delegation was said to accept a neutral status.",
    }),
  ],
});
