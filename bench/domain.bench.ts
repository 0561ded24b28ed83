// `npm run bench` starts here (package.json runs this file). It times the pure selectors at
// 1k, 10k and 100k statements on generated data, beside a plain single-pass loop over the same
// statements (the floor, see floors.ts), then runs the bundle record (scripts/bundle-size.ts)
// and the browser benchmark (bench/browser.bench.ts). Each part writes its own section of
// bench/results.json. `npm run bench -- --domain-only` runs only the first part.
import { execFileSync } from "node:child_process";

import { findContradictions } from "../src/domain/deal/contradictions";
import { dealSpaceAsOf } from "../src/domain/deal/dealSpace";
import { movementBetween } from "../src/domain/deal/movement";
import { filterIndexed } from "../src/domain/filterStatements";
import { positionsAsOf } from "../src/domain/positionsAsOf";
import { indexDataset } from "../src/domain/scope";
import { stanceSeries } from "../src/domain/stanceSeries";
import { STATEMENT_COLUMNS, writeStatementsCsvParts } from "../src/domain/statementColumns";
import { generateDataset } from "../src/domain/synth/generateDataset";
import { parseDataset } from "../src/domain/validate";
import {
  contradictionFloor,
  csvFloor,
  dealSpaceFloor,
  matrixFloor,
  movementFloor,
  seriesFloor,
  textFloor,
} from "./floors";
import { machine, median, updateResults } from "./results";

const SIZES = [1_000, 10_000, 100_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

// Runs `work` `runs` times after one warm-up; returns the median wall time in milliseconds and
// the median CPU time of this process (which other work on a shared machine does not inflate).
function time(work: () => unknown, runs = RUNS): Timing {
  work();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    work();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

interface Timing {
  wall: number;
  cpu: number;
}

export interface DomainRow {
  statements: number;
  task: string;
  medianMs: number;
  floorMs: number;
  cpuMs: number;
  floorCpuMs: number;
}

export function runDomainBench(): DomainRow[] {
  const rows: DomainRow[] = [];
  for (const size of SIZES) {
    const dataset = generateDataset({ statements: size });
    const json = JSON.stringify(dataset);
    const middle = dataset.statements[size >> 1]?.date ?? "2020-01-01";
    const issueId = dataset.issues[0]?.id ?? "";
    const add = (task: string, selector: Timing, floor: Timing) =>
      rows.push({
        statements: size,
        task,
        medianMs: selector.wall,
        floorMs: floor.wall,
        cpuMs: selector.cpu,
        floorCpuMs: floor.cpu,
      });
    add(
      "validate (JSON.parse + parseDataset)",
      time(() => parseDataset(JSON.parse(json)), 3),
      time(() => JSON.parse(json), 3),
    );
    // Cold: without an index, positionsAsOf builds one on every call.
    add(
      "as-of matrix, first call (builds index)",
      time(() => positionsAsOf(dataset, middle), 5),
      time(() => matrixFloor(dataset, middle)),
    );
    // Warm: the index the scope keeps (indexDataset), as the app asks on a date change.
    const indexed = indexDataset(dataset);
    const { index, search } = indexed;
    let flip = false;
    add(
      "as-of matrix recompute (new date)",
      time(() => {
        flip = !flip;
        return positionsAsOf(dataset, flip ? middle : "2030-01-01", index);
      }),
      time(() => matrixFloor(dataset, middle)),
    );
    add(
      "stance series, one issue",
      time(() => stanceSeries(dataset, issueId, index)),
      time(() => seriesFloor(dataset, issueId)),
    );
    const allIssues = dataset.issues.map((issue) => issue.id);
    const allParties = dataset.parties.map((party) => party.id);
    const quarter = dataset.statements[size >> 2]?.date ?? "2019-01-01";
    add(
      "deal space, every issue and party (as of a date)",
      // With the index the scope keeps (its cellIndex), as the view asks.
      time(() => dealSpaceAsOf(dataset, allIssues, allParties, middle, index)),
      time(() => dealSpaceFloor(dataset, middle)),
    );
    add(
      "movement between two dates, every issue and party",
      time(() => movementBetween(dataset, allIssues, allParties, quarter, middle, index)),
      time(() => movementFloor(dataset, quarter, middle)),
    );
    // The floor must find as many, or its time says nothing.
    if (
      findContradictions(dataset, allIssues, allParties, "2030-01-01").length !==
      contradictionFloor(dataset, 2, 30)
    )
      throw new Error("contradictionFloor and findContradictions disagree; fix the floor first");
    add(
      "contradictions, every issue and party (2 steps, 30 days)",
      time(() =>
        findContradictions(dataset, allIssues, allParties, "2030-01-01", undefined, index),
      ),
      time(() => contradictionFloor(dataset, 2, 30)),
    );
    search.prepare(); // builds the search text once per dataset
    const haystacks = dataset.statements.map((s) =>
      `${s.summary} ${s.quote ?? ""} ${s.speaker.name}`.toLowerCase(),
    );
    // What typing "ceasefire mo" one key at a time asks for.
    const queries = ["ce", "cea", "ceasefire", "ceasefire mo"];
    let letters = 0;
    let floorLetters = 0;
    add(
      "filter, free-text query",
      time(() => filterIndexed(index, search, { text: queries[letters++ % 4] })),
      time(() => textFloor(haystacks, queries[floorLetters++ % 4] as string)),
    );
    const filtered = filterIndexed(index, search, {});
    const columnIds = STATEMENT_COLUMNS.map((column) => column.id);
    // The floor must write the same file, or its time says nothing.
    if (
      writeStatementsCsvParts(dataset, filtered, columnIds).join("") !== csvFloor(dataset, filtered)
    )
      throw new Error("csvFloor and writeCsv disagree; fix the floor before reading times");
    // Timed as the export does it, up to the file handed to the download (a Blob of the
    // parts); the floor only writes its string, so the ratio is on the strict side.
    add(
      "CSV export of the filtered table (to a Blob)",
      time(() => new Blob(writeStatementsCsvParts(dataset, filtered, columnIds)), 5),
      time(() => csvFloor(dataset, filtered), 5),
    );
  }
  return rows;
}

function printTable(rows: DomainRow[]) {
  console.log(
    "| statements | task | median ms | floor ms | ratio | median CPU ms | floor CPU ms |",
  );
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const row of rows)
    console.log(
      `| ${row.statements.toLocaleString("en")} | ${row.task} | ${row.medianMs.toFixed(2)} | ${row.floorMs.toFixed(2)} | ${(row.medianMs / row.floorMs).toFixed(1)}× | ${row.cpuMs.toFixed(1)} | ${row.floorCpuMs.toFixed(1)} |`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = runDomainBench();
  printTable(rows);
  updateResults("machine", machine());
  updateResults("domain", { date: new Date().toISOString(), runs: RUNS, rows });
  if (!process.argv.includes("--domain-only")) {
    execFileSync("npx", ["tsx", "scripts/bundle-size.ts"], { stdio: "inherit" });
    execFileSync("npx", ["playwright", "test", "-c", "bench/browser.config.ts"], {
      stdio: "inherit",
    });
  }
}
