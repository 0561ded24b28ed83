// What changed in the default dataset's coding, and why, shown in the Method view beside that
// dataset only (any other dataset carries its own history, or none).
export interface DatasetChangelog {
  datasetId: string;
  version: string;
  changes: readonly string[];
}

export const defaultDatasetChangelog: DatasetChangelog = {
  datasetId: "russia-ukraine",
  version: "3.0.0",
  changes: [
    "Version 3.0.0 corrects mistakes an independent audit of 2.0.0 found by reading every statement against its article. Version 2.0.0 said every scale was one ordered dimension, every code had been checked and every duplicate merged; none of that was wholly true.",
    "Territory: “recognise the current territorial realities”, including the status of Crimea and the four regions, is Russia’s June 2024 demand (recognise Crimea, cede the four regions, withdraw) in other words, so the two stances are now one. Russia no longer appears to soften in August 2025, which no article says it did.",
    "Foreign troops: “others’ troops, no US troops” was a case of “foreign contingents deployed”, not a step beyond it. The scale now asks only whether forces from other countries are deployed. Trump’s “They are willing to put people on the ground” stands with Ukraine and the European allies; his refusal to send American troops is about who sends them, so it no longer marks a red line on this scale.",
    "Ceasefire conditions: the scale mixed two questions (a truce before or after a settlement, and whose terms come first). It now asks only whose terms must be met before the fighting stops, and how many: Ukraine’s security, none, Russia’s questions about the truce, or Russia’s core demands. Russia’s June 2024 terms and its January 2025 call for a lasting peace instead of a truce are both on the last stance.",
    "Russia–US talks still has a first stance that no party takes: the articles give no view of Ukraine’s government on these talks, and no party opposes them. The scale’s rule now names this issue as its one exception instead of allowing exceptions in general.",
    "Codes the text does not bear out were removed: Kellogg’s list of recommendations sets no order or condition for a ceasefire, so it has no stance on ceasefire conditions; the military chiefs’ meeting The Times reported is an event, not two positions on security guarantees.",
    "One party’s account of what another party holds (Vance on Russia’s “insistence” and Ukraine’s “demand”, Lavrov on Ukraine and its European backers) is now a standing position, dated to the day the account was given, so the charts no longer draw it as a move. Biden’s surge of military aid is dated as a finished act of 2024, not a standing position.",
    "Duplicates merged: Podoliak’s interview, reported by La Repubblica and by Lavrov on the same Thursday, is one statement dated 21 August (no longer drawn on 1 August from “recently”); Moscow’s proposal to raise the level of its delegation and Ushakov’s account of Monday’s call are one statement.",
    "Conditions the texts state: Putin–Trump talks “once the U.S. president has been briefed by Witkoff”; Ukraine’s alliance “in such a scenario”, the front-line freeze, with the range its words signal (“Not NATO, but an alliance nonetheless”).",
    "Added from the articles: the European allies on foreign troops as Trump reported them; Ukraine’s front-line freeze as a ceasefire scenario; Ukraine on a Putin–Zelensky meeting as Lavrov reported it; the United States on Russia–US talks in January and March 2025, as Putin and Peskov reported it.",
    "Dates: the Alaska summit, the Trump–Putin call, the Washington talks and Witkoff’s meeting with Putin are now shown on the day their statements use, not on the first of the month, and the Alaska summit cites the article whose “last week” dates it. No article gives the summit’s day (15 August 2025) or the March 2025 article’s month: these come from outside the articles, and every note that uses them says so.",
    "Summaries that repeated runs of 12 or more words from their article were rewritten in our own words, with the articles’ hedges kept. The note on the article about Vance’s remarks now warns that it calls Trump “former US President” and uses the RT articles’ spellings.",
    "Judgement calls, each explained in the statement’s notes: the unnamed “they” in Trump’s remark is read as Ukraine’s Western European backers, whom the report is about; the two Podoliak reports and the two reports on the delegations’ level are each read as one act; the military chiefs met on 19 or 20 August and the event is drawn on the 20th; Lavrov’s Thursday restatement of Putin’s position is coded as Russia stating it that day.",
  ],
};
