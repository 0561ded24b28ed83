// The two selects that choose the pair of parties a gap measures, on the matrix and the
// timeline alike; picking the other side's party swaps them (chooseGapParty).
import { chooseGapParty } from "../domain/resolveChoices";
import type { Party } from "../domain/schema";

interface PartyPairSelectsProps {
  parties: readonly Party[];
  pair: readonly [string, string];
  onChange(pair: [string, string]): void;
  // The labels' class: each view lays its labels out in its own way.
  labelClassName?: string;
}

export function PartyPairSelects({
  parties,
  pair,
  onChange,
  labelClassName,
}: PartyPairSelectsProps) {
  const choose = (side: 0 | 1, partyId: string) => onChange(chooseGapParty(pair, side, partyId));
  return ([0, 1] as const).map((side) => (
    <label key={side} className={labelClassName}>
      {side === 0 ? "First party" : "Second party"}
      <select value={pair[side]} onChange={(event) => choose(side, event.target.value)}>
        {parties.map((party) => (
          <option key={party.id} value={party.id}>
            {party.name}
          </option>
        ))}
      </select>
    </label>
  ));
}
