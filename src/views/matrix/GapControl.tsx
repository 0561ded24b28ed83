// The two parties the gap column measures.
import type { Party } from "../../domain/schema";
import { useParleyStore } from "../../state/store";

interface GapControlProps {
  parties: readonly Party[];
  pair: readonly [Party, Party];
}

export function GapControl({ parties, pair }: GapControlProps) {
  const setGapParties = useParleyStore((state) => state.setGapParties);
  const [a, b] = pair;
  // Picking the other side's party swaps the two rather than comparing a party with itself.
  const choose = (side: 0 | 1, id: string) => {
    const other = side === 0 ? b.id : a.id;
    const kept = id === other ? (side === 0 ? a.id : b.id) : other;
    setGapParties(side === 0 ? [id, kept] : [kept, id]);
  };
  return (
    <fieldset className="gap-control">
      <legend>Gap between</legend>
      <label className="field">
        First party
        <select value={a.id} onChange={(event) => choose(0, event.target.value)}>
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Second party
        <select value={b.id} onChange={(event) => choose(1, event.target.value)}>
          {parties.map((party) => (
            <option key={party.id} value={party.id}>
              {party.name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
