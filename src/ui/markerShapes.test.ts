import { describe, expect, it } from "vitest";
import { MARKER_SHAPES, markerPath, shapeForParty } from "./markerShapes";

describe("markerShapes", () => {
  it("gives the first parties distinct shapes and cycles after the last", () => {
    const shapes = [0, 1, 2, 3].map(shapeForParty);
    expect(new Set(shapes).size).toBe(4);
    expect(shapeForParty(MARKER_SHAPES.length)).toBe(shapeForParty(0));
  });

  it.each(MARKER_SHAPES)("draws a closed %s path inside its box", (shape) => {
    const path = markerPath(shape, 50, 50, 10);
    expect(path.endsWith("Z")).toBe(true);
    // Absolute coordinates stay within the box (a diamond reaches 15% past it vertically).
    const numbers = [...path.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].flatMap((match) => [
      Number(match[1]),
      Number(match[2]),
    ]);
    for (const value of numbers) expect(Math.abs(value - 50)).toBeLessThanOrEqual(5.75);
  });
});
