// Each party's colour and marker shape, fixed by its place in the dataset so a party looks
// the same in every chart whatever the filters hide.
import type { Party } from "../../domain/schema";
import { shapeForParty } from "../../ui/markerShapes";
import { partyColors } from "../../ui/partyColors";
import type { PartyStyle } from "./stanceChartLayout";

export function partyStyles(parties: readonly Party[]): ReadonlyMap<string, PartyStyle> {
  const colors = partyColors(parties);
  return new Map(
    parties.map((party, order) => [
      party.id,
      {
        partyId: party.id,
        name: party.name,
        color: colors.get(party.id) ?? "#0072B2",
        shape: shapeForParty(order),
      },
    ]),
  );
}
