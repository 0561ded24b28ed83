// A party that contradicts what the dataset already says of the speaker is flagged before save,
// and saved only once the coder confirms it (a spokesperson quoting another side, a defection).
import { useId } from "react";
import { knownSpeakerNamed, knownSpeakers } from "../../domain/propose/partyOf";
import type { Dataset } from "../../domain/schema";
import { countText } from "../../domain/statementText";

interface PartyCheckProps {
  dataset: Dataset;
  speakerName: string;
  partyId: string;
}

export function PartyCheck({ dataset, speakerName, partyId }: PartyCheckProps) {
  const checkId = useId();
  const known = knownSpeakers(dataset);
  const name = speakerName.trim() === "" ? null : knownSpeakerNamed(known, speakerName.trim());
  const usual = name ? known.get(name) : undefined;
  if (!name || !usual || partyId === "" || usual.partyId === partyId) return null;
  const partyName = (id: string) => dataset.parties.find((party) => party.id === id)?.name ?? id;
  return (
    <div className="party-check field-wide">
      <p role="alert" className="coding-problems">
        {name} speaks for {partyName(usual.partyId)} in {countText(usual.count, "statement")} of the
        dataset; this one gives {partyName(partyId)}’s position.
      </p>
      <label htmlFor={checkId}>
        <input id={checkId} type="checkbox" required /> Save it as {partyName(partyId)}’s position
        all the same
      </label>
    </div>
  );
}
