import { describe, expect, it } from "vitest";
import { firmnessExample } from "./firmnessExample";
import type { Statement } from "./schema";

function statement(id: string, fields: Partial<Statement>): Statement {
  return {
    id,
    date: "2025-01-01",
    datePrecision: "day",
    dateNote: null,
    partyId: "a",
    speaker: { name: "A", role: "" },
    issueId: "i",
    stanceId: null,
    summary: `Statement ${id}.`,
    quote: null,
    quoteKind: "reported",
    conditions: null,
    sourceId: "src",
    ...fields,
  };
}

const statements = [
  statement("s1", { firmness: "demand" }),
  statement("s2", { firmness: "demand", quote: "as reported", quoteKind: "reported" }),
  statement("s3", { firmness: "demand", quote: "in their words", quoteKind: "direct" }),
  statement("s4", { firmness: "floated" }),
  statement("s5", { firmness: "red-line", quote: "never", quoteKind: "reported" }),
  statement("s6", { firmness: null, quote: "no level", quoteKind: "direct" }),
];

describe("firmnessExample", () => {
  it("prefers the speaker's own words over a reported quote and over no quote", () => {
    expect(firmnessExample(statements, "demand")?.id).toBe("s3");
  });

  it("takes a reported quote when no statement at the level has direct words", () => {
    expect(firmnessExample(statements, "red-line")?.id).toBe("s5");
  });

  it("falls back to the first statement at the level when none has a quote", () => {
    expect(firmnessExample(statements, "floated")?.id).toBe("s4");
  });

  it("is null when no statement is coded at the level", () => {
    expect(firmnessExample(statements, "preference")).toBeNull();
  });
});
