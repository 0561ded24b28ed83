import { describe, expect, it } from "vitest";
import { makeParty } from "../domain/__fixtures__/makeDataset";
import { gapPairNote } from "./gapPairNote";

const ru = makeParty("ru");
const ua = makeParty("ua");
const us = makeParty("us");

describe("gapPairNote", () => {
  it("says nothing when both parties of the pair are shown", () => {
    expect(gapPairNote([ru, ua], [ru, ua, us])).toBeNull();
    expect(gapPairNote(null, [ua])).toBeNull();
  });

  it("names the party the filter hides", () => {
    expect(gapPairNote([ua, ru], [ua])).toBe(
      "The gap compares Party ua and Party ru, whatever the party filter shows: Party ru is hidden by the filter but still measured.",
    );
    expect(gapPairNote([ru, ua], [us])).toBe(
      "The gap compares Party ru and Party ua, whatever the party filter shows: Party ru and Party ua are hidden by the filter but still measured.",
    );
  });
});
