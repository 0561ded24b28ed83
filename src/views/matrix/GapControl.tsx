// The two parties the gap column measures.
import type { Party } from "../../domain/schema";
import { useParleyStore } from "../../state/store";
import { PartyPairSelects } from "../../ui/PartyPairSelects";

interface GapControlProps {
  parties: readonly Party[];
  pair: readonly [Party, Party];
  // Says the pair is its own choice when the party filter hides one of it; null otherwise.
  note: string | null;
}

export function GapControl({ parties, pair, note }: GapControlProps) {
  const setGapParties = useParleyStore((state) => state.setGapParties);
  return (
    <fieldset className="gap-control">
      <legend>Gap between</legend>
      <PartyPairSelects
        parties={parties}
        pair={[pair[0].id, pair[1].id]}
        onChange={setGapParties}
        labelClassName="field"
      />
      {note && <p className="gap-note">{note}</p>}
    </fieldset>
  );
}
