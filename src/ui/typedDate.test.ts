import { describe, expect, it } from "vitest";
import { readTypedDate } from "./typedDate";

describe("readTypedDate", () => {
  it.each([
    // What the browser reports while 12/31/2024 is typed digit by digit, then the date.
    ["", "problem", "Not a complete date yet: type the day, month and year."],
    ["0002-12-31", "problem", "31 December 2 is before the first statement, on 1 June 2024."],
    ["0202-12-31", "problem", "31 December 202 is before the first statement, on 1 June 2024."],
    ["2024-12-31", "date", "2024-12-31"],
    ["2025-12-21", "problem", "21 December 2025 is after the last date shown, 21 August 2025."],
    ["2024-06-01", "date", "2024-06-01"],
    ["2025-08-21", "date", "2025-08-21"],
  ])("reads %j as a %s: %s", (typed, kind, text) => {
    const read = readTypedDate(typed, "2024-06-01", "2025-08-21");
    expect(read).toEqual(kind === "date" ? { kind, date: text } : { kind, text });
  });
});
