// Picks the two parties the gap charts compare; picking the other side's party swaps them.
import { useId } from "react";
import { chooseGapParty } from "../../domain/resolveChoices";
import type { Party } from "../../domain/schema";

interface GapPartyPickerProps {
  parties: readonly Party[];
  pair: readonly [string, string];
  onChange(pair: [string, string]): void;
}

export function GapPartyPicker({ parties, pair, onChange }: GapPartyPickerProps) {
  const id = useId();
  const choose = (side: 0 | 1, partyId: string) => onChange(chooseGapParty(pair, side, partyId));
  return (
    <div className="timeline-gap-picker">
      {([0, 1] as const).map((side) => (
        <label key={side} htmlFor={`${id}-${side}`}>
          {side === 0 ? "First party" : "Second party"}
          <select
            id={`${id}-${side}`}
            value={pair[side]}
            onChange={(event) => choose(side, event.target.value)}
          >
            {parties.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
