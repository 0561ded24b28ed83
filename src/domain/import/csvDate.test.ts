import { describe, expect, it } from "vitest";
import { readCsvDate } from "./csvDate";

describe("readCsvDate", () => {
  it.each([
    // cell, precision cell → date, precision
    ["2023", "", "2023-01-01", "year"],
    ["2023-05", "", "2023-05-01", "month"],
    ["2023-12", "month", "2023-12-01", "month"],
    ["1999", "year", "1999-01-01", "year"],
    ["2023-05-17", "", "2023-05-17", "day"],
    ["2023-05-01", "month", "2023-05-01", "month"],
    // Not a year or a month: passed on as written, for the validator to refuse.
    ["2023-13", "", "2023-13", "day"],
    ["05/2023", "", "05/2023", "day"],
    ["23", "", "23", "day"],
  ])("%s (precision %j) → %s, %s", (cell, precision, date, datePrecision) => {
    expect(readCsvDate(cell, precision)).toEqual({ date, datePrecision });
  });

  it("reports a precision column that says otherwise than a year or month date", () => {
    expect(readCsvDate("2023-05", "day")).toEqual({
      date: "2023-05-01",
      datePrecision: "month",
      problem: {
        expected: '"month" or nothing, as the date 2023-05 is a month',
        found: '"day"',
      },
    });
    expect(readCsvDate("2023", "month").problem?.expected).toBe(
      '"year" or nothing, as the date 2023 is a year',
    );
  });
});
