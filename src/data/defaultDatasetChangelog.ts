// What changed in the default dataset's coding, and why, shown in the Method view beside that
// dataset only (any other dataset carries its own history, or none).
export interface DatasetChangelog {
  datasetId: string;
  version: string;
  changes: readonly string[];
}

export const defaultDatasetChangelog: DatasetChangelog = {
  datasetId: "russia-ukraine",
  version: "2.0.0",
  changes: [
    "Scales that mixed two questions were rebuilt so each is one ordered dimension: foreign troops in Ukraine became an issue of its own, apart from security guarantees; ceasefire scope became “Ceasefire conditions”, ordered by what a ceasefire is made conditional on; the talks format was split into the Putin–Zelensky meeting and Russia–US talks; the last territory stance no longer adds a fact the articles do not carry.",
    "Every scale runs from the outcome Ukraine’s government has asked for (first stance) to the outcome Russia’s government has asked for (last stance).",
    "Each stance code was checked against its text. Where the text states no stance (guarantees that name no guarantor, an accusation that offers no alternative), the stance is now left empty instead of inferred.",
    "Summaries keep the articles’ hedges (“claimed”, “reportedly”, “according to”) and add nothing; a position known only from another party’s account names that party under “reported by”.",
    "One statement per act of stating: a remark carried by two articles is one statement citing both, and remarks one speaker made on one occasion about one issue are one statement.",
    "Positions the articles report as standing (“repeatedly”, “maintains”, “previously warned”) are marked standing and dated to their article.",
    "Positions the articles report but the dataset had left out were added, among them Ukraine’s rejection of Russia’s June 2024 terms, the Biden administration’s surge of military aid, the military chiefs’ talks on a security package and Putin’s caution that agreements Zelensky signs could be overturned.",
    "New in the coding: how firmly each position is held, the range a party signals it could accept, conditions that name another issue, dated events, and the kind of outlet behind each source.",
  ],
};
