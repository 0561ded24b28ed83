import { describe, expect, it } from "vitest";
import { handMadeDataset, range, said } from "./__fixtures__/handMade";
import { positionFromStatements } from "./stretch";

const issue = handMadeDataset([]).issues[0]!;

describe("positionFromStatements", () => {
  it("has no position without statements", () => {
    const position = positionFromStatements(issue, "p", [], 0);
    expect(position.stretch).toBeNull();
    expect(position.stanceIndex).toBeNull();
  });

  it("takes the stance alone when no range was signalled", () => {
    const statements = [said("2025-01-01", "p", 3)];
    const position = positionFromStatements(issue, "p", statements, 1);
    expect(position.stretch).toEqual({ from: 3, to: 3 });
    expect(position.isRangeSignalled).toBe(false);
  });

  it("takes the latest range, kept by a later stance inside it", () => {
    const statements = [
      said("2025-01-01", "p", 1, { acceptable: range(0, 1) }),
      said("2025-02-01", "p", 2, { acceptable: range(1, 3) }),
      said("2025-03-01", "p", 3),
    ];
    const position = positionFromStatements(issue, "p", statements, 3);
    expect(position.stretch).toEqual({ from: 1, to: 3 });
    expect(position.stanceIndex).toBe(3);
    expect(position.rangeStatement?.date).toBe("2025-02-01");
  });

  it("drops the range when a later stance lies outside it", () => {
    const statements = [
      said("2025-01-01", "p", 1, { acceptable: range(1, 3) }),
      said("2025-02-01", "p", 0),
    ];
    expect(positionFromStatements(issue, "p", statements, 2).stretch).toEqual({ from: 0, to: 0 });
    // As of before the second statement, the range still holds.
    expect(positionFromStatements(issue, "p", statements, 1).stretch).toEqual({ from: 1, to: 3 });
  });

  it("keeps a range given without a stance, after an earlier stance outside it", () => {
    const statements = [
      said("2025-01-01", "p", 4),
      said("2025-02-01", "p", null, { acceptable: range(1, 2) }),
    ];
    const position = positionFromStatements(issue, "p", statements, 2);
    expect(position.stretch).toEqual({ from: 1, to: 2 });
    expect(position.stanceIndex).toBe(4);
  });

  it("ignores a range naming a stance the issue does not list", () => {
    const statements = [said("2025-01-01", "p", 2, { acceptable: { from: "s1", to: "nope" } })];
    expect(positionFromStatements(issue, "p", statements, 1).stretch).toEqual({ from: 2, to: 2 });
  });

  it("takes the firmness of the later statement behind the position", () => {
    const statements = [
      said("2025-01-01", "p", 2, { firmness: "preference", acceptable: range(1, 2) }),
      said("2025-02-01", "p", 1, { firmness: "red-line" }),
    ];
    expect(positionFromStatements(issue, "p", statements, 2).firmness).toBe("red-line");
    expect(positionFromStatements(issue, "p", statements, 1).firmness).toBe("preference");
  });

  it("falls back to the earlier statement's firmness when the later states none", () => {
    const statements = [
      said("2025-01-01", "p", 0, { firmness: "red-line", acceptable: range(0, 1) }),
      said("2025-02-01", "p", 1),
    ];
    expect(positionFromStatements(issue, "p", statements, 2).firmness).toBe("red-line");
  });
});
