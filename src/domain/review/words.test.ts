import { describe, expect, it } from "vitest";
import { contentWords, foldText, wordsOf } from "./words";

describe("foldText", () => {
  it("lower-cases plain text", () => {
    expect(foldText("Has Long Called For")).toBe("has long called for");
  });

  it("drops accents and straightens curly apostrophes", () => {
    expect(foldText("Kyiv’s Élysée talks")).toBe("kyiv's elysee talks");
  });
});

describe("wordsOf and contentWords", () => {
  it("keeps apostrophes inside words and leaves out stop words and single letters", () => {
    expect(wordsOf("Kyiv’s plan, a 30-day truce")).toEqual([
      "kyiv's",
      "plan",
      "a",
      "30",
      "day",
      "truce",
    ]);
    expect([...contentWords("Kyiv’s plan, a 30-day truce")]).toEqual([
      "kyiv's",
      "plan",
      "30",
      "day",
      "truce",
    ]);
  });
});
