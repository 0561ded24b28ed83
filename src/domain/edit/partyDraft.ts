// A party as the party form holds it (every field a string) and back.
import type { Party } from "../schema";

export interface PartyDraft {
  name: string;
  shortName: string;
  color: string; // "" = none: the app picks one
  members: string; // one a line
}

export function draftFromParty(party: Party): PartyDraft {
  return {
    name: party.name,
    shortName: party.shortName,
    color: party.color ?? "",
    members: (party.members ?? []).join("\n"),
  };
}

// The party the draft describes, its id and any other field kept from `base`. Text is trimmed
// but not checked: the validator says what a party needs, as it does for an import.
export function partyFromDraft(draft: PartyDraft, base: Party): Party {
  const party: Party = { ...base, name: draft.name.trim(), shortName: draft.shortName.trim() };
  const color = draft.color.trim();
  const members = draft.members
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (color === "") delete party.color;
  else party.color = color;
  if (members.length === 0) delete party.members;
  else party.members = members;
  return party;
}
