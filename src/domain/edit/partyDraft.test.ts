import { describe, expect, it } from "vitest";
import type { Party } from "../schema";
import { draftFromParty, partyFromDraft } from "./partyDraft";

const deltaport: Party = {
  id: "deltaport",
  name: "Deltaport Union",
  shortName: "Deltaport",
  color: "#009E73",
};

describe("party drafts", () => {
  it("fills the form from a party", () => {
    expect(draftFromParty(deltaport)).toEqual({
      name: "Deltaport Union",
      shortName: "Deltaport",
      color: "#009E73",
      members: "",
    });
  });

  it("renames, trims, and drops a colour and members left blank", () => {
    const draft = { name: " Delta League ", shortName: "Delta", color: "", members: " \n" };
    expect(partyFromDraft(draft, deltaport)).toEqual({
      id: "deltaport",
      name: "Delta League",
      shortName: "Delta",
    });
  });

  it("reads members one a line", () => {
    const draft = { ...draftFromParty(deltaport), members: "Port A\n\n Port B \n" };
    expect(partyFromDraft(draft, deltaport).members).toEqual(["Port A", "Port B"]);
  });

  it("passes an empty name on, for the validator to refuse", () => {
    expect(partyFromDraft({ ...draftFromParty(deltaport), name: "  " }, deltaport).name).toBe("");
  });
});
