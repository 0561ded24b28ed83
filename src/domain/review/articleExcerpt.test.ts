import { describe, expect, it } from "vitest";
import { articleExcerpt } from "./articleExcerpt";

const TEXT = "One two three. The ferries wait. Four five six seven.";

describe("articleExcerpt", () => {
  it("marks the quote with the words around it, cut at spaces", () => {
    expect(articleExcerpt(TEXT, "The ferries wait.", {}, 8)).toEqual({
      before: "three. ",
      quote: "The ferries wait.",
      after: " Four",
      isCutBefore: true,
      isCutAfter: true,
    });
  });

  it("shows the article's start when the text does not hold the quote", () => {
    expect(articleExcerpt(TEXT, "The ferries sail.", {}, 8)).toEqual({
      before: "One two three.",
      quote: "",
      after: "",
      isCutBefore: false,
      isCutAfter: true,
    });
  });

  it("shows the whole of a short article", () => {
    expect(articleExcerpt(TEXT, "Four five six seven.")).toEqual({
      before: "One two three. The ferries wait. ",
      quote: "Four five six seven.",
      after: "",
      isCutBefore: false,
      isCutAfter: false,
    });
  });
});
