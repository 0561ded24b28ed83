import { describe, expect, it } from "vitest";
import { findQuotes } from "./findQuotes";

const quotesOf = (text: string) => findQuotes(text).map(({ start, end }) => text.slice(start, end));

describe("findQuotes", () => {
  it("finds straight, single, curly and guillemet quotations", () => {
    const text = `He said "one two three" and 'four five' and “six seven” and «eight nine».`;
    expect(quotesOf(text)).toEqual(["one two three", "four five", "six seven", "eight nine"]);
  });

  it("takes an apostrophe for an apostrophe, not a quotation mark", () => {
    const text = "Kiev's plan, the minister's 'red line' and Russia's view of the troops' role";
    expect(quotesOf(text)).toEqual(["red line"]);
  });

  it("finds the parts of a quotation split by 'he said'", () => {
    const text = `"Our door is open," he said, "and it has been open since April."`;
    expect(quotesOf(text)).toEqual(["Our door is open,", "and it has been open since April."]);
  });

  it("follows a quotation over paragraphs: the open one continues in the next", () => {
    const text = `"We will not accept it.\n\n"The people need water," Velt said.`;
    const found = findQuotes(text);
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual([
      "We will not accept it.",
      "The people need water,",
    ]);
    expect(found.map((passage) => [passage.isOpenEnded, passage.continues])).toEqual([
      [true, -1],
      [false, 0],
    ]);
  });

  it("follows a quotation over a hard line break inside its paragraph", () => {
    const text = `"We can accept the dam under joint control,   and only\nunder joint control," Velt told reporters.`;
    expect(quotesOf(text)).toEqual([
      "We can accept the dam under joint control,   and only\nunder joint control,",
    ]);
  });

  it("leaves out a mark that opens and never closes", () => {
    expect(quotesOf(`He said "unfinished\nThe next paragraph.`)).toEqual([]);
  });

  it("separates two quotations copy has run together with mixed marks", () => {
    const text = `a country 'that does this."'I hope so,' he said.`;
    expect(quotesOf(text)).toEqual(["that does this.", "I hope so,"]);
  });

  it("closes a curly quotation with the look-alike mark copy sometimes uses", () => {
    expect(quotesOf("what he described as a “victory plan“ that would")).toEqual(["victory plan"]);
  });
});
