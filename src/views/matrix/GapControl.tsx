// The two parties the gap column measures.
import { chooseGapParty } from "../../domain/resolveChoices";
import type { Party } from "../../domain/schema";
import { useParleyStore } from "../../state/store";

interface GapControlProps {
  parties: readonly Party[];
  pair: readonly [Party, Party];
  // Says the pair is its own choice when the party filter hides one of it; null otherwise.
  note: string | null;
}

export function GapControl({ parties, pair, note }: GapControlProps) {
  const setGapParties = useParleyStore((state) => state.setGapParties);
  const ids = [pair[0].id, pair[1].id] as const;
  const choose = (side: 0 | 1, id: string) => setGapParties(chooseGapParty(ids, side, id));
  return (
    <fieldset className="gap-control">
      <legend>Gap between</legend>
      {([0, 1] as const).map((side) => (
        <label key={side} className="field">
          {side === 0 ? "First party" : "Second party"}
          <select value={ids[side]} onChange={(event) => choose(side, event.target.value)}>
            {parties.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      {note && <p className="gap-note">{note}</p>}
    </fieldset>
  );
}
