// A statements CSV's date cell. Files from elsewhere often date a position by its year or
// month only ("2023", "2023-05"); the dataset keeps a full date and a precision, the date being
// the first day of the month or year (README, "The statements CSV"), so the cell's shape says
// the precision. A full date takes its precision from the Date precision column (day if empty).
import type { Problem } from "../result";
import type { Statement } from "../schema";

type Precision = Statement["datePrecision"];

export interface CsvDate {
  date: string;
  datePrecision: Precision;
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

// The date and precision of a row; `problem` when the precision column says another precision
// than a year or month date has. Any other text is passed on as the date, for the validator to
// report ("an ISO date…").
export function readCsvDate(
  cell: string,
  precisionCell: string,
): CsvDate & { problem?: Omit<Problem, "path"> } {
  const year = YEAR.exec(cell);
  const month = MONTH.exec(cell);
  const shape: CsvDate | null = year
    ? { date: `${year[1]}-01-01`, datePrecision: "year" }
    : month
      ? { date: `${month[1]}-${month[2]}-01`, datePrecision: "month" }
      : null;
  if (!shape) return { date: cell, datePrecision: (precisionCell || "day") as Precision };
  if (precisionCell === "" || precisionCell === shape.datePrecision) return shape;
  return {
    ...shape,
    problem: {
      expected: `"${shape.datePrecision}" or nothing, as the date ${cell} is a ${shape.datePrecision}`,
      found: JSON.stringify(precisionCell),
    },
  };
}
