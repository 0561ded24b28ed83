// `npm run bench` (domain part): times the pure selectors at 1k, 10k and 100k statements on
// generated data, beside a plain single-pass loop over the same statements (the floor).
// Reports the median of several runs; writes bench/results.json with the machine it ran on.

import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { writeCsv } from "../src/domain/csv";
import { filterStatements } from "../src/domain/filterStatements";
import { positionsAsOf } from "../src/domain/positionsAsOf";
import type { Dataset } from "../src/domain/schema";
import { stanceSeries } from "../src/domain/stanceSeries";
import { STATEMENT_COLUMNS, statementsToRows } from "../src/domain/statementColumns";
import { generateDataset } from "../src/domain/synth/generateDataset";
import { parseDataset } from "../src/domain/validate";

const SIZES = [1_000, 10_000, 100_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

// Runs `work` RUNS times after one warm-up and returns the median in milliseconds.
function time(work: () => unknown, runs = RUNS): number {
  work();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

// The floors: for each task, the plainest single pass over the same statements that produces
// the same kind of answer. A selector's time is read against its floor.
const floors = {
  // one pass grouping each statement's stance by party and issue, keeping the latest by date
  matrix(dataset: Dataset, date: string) {
    const latest = new Map<string, string | null>();
    for (const s of dataset.statements)
      if (s.date <= date) latest.set(`${s.partyId}|${s.issueId}`, s.stanceId);
    return latest;
  },
  series(dataset: Dataset, issueId: string) {
    const points: { date: string; stanceId: string | null }[] = [];
    for (const s of dataset.statements)
      if (s.issueId === issueId) points.push({ date: s.date, stanceId: s.stanceId });
    return points;
  },
  text(haystacks: readonly string[], needle: string) {
    const hits: number[] = [];
    for (let i = 0; i < haystacks.length; i++)
      if ((haystacks[i] as string).includes(needle)) hits.push(i);
    return hits;
  },
  csv(dataset: Dataset) {
    let out = "";
    for (const s of dataset.statements)
      out += `${s.date},${s.partyId},${s.issueId},${s.summary},${s.quote}\r\n`;
    return out;
  },
  parse(json: string) {
    return JSON.parse(json);
  },
};

export interface DomainRow {
  statements: number;
  task: string;
  medianMs: number;
  floorMs: number;
}

export function runDomainBench(): DomainRow[] {
  const rows: DomainRow[] = [];
  for (const size of SIZES) {
    const dataset = generateDataset({ statements: size });
    const json = JSON.stringify(dataset);
    const middle = dataset.statements[size >> 1]?.date ?? "2020-01-01";
    const issueId = dataset.issues[0]?.id ?? "";
    const add = (task: string, medianMs: number, floorMs: number) =>
      rows.push({ statements: size, task, medianMs, floorMs });
    add(
      "validate (JSON.parse + parseDataset)",
      time(() => parseDataset(JSON.parse(json)), 3),
      time(() => floors.parse(json), 3),
    );
    // Cold: a fresh copy of the dataset, so the per-dataset index is built inside the timing.
    const cloneMs = time(() => structuredClone(dataset), 3);
    add(
      "as-of matrix, first call (builds index)",
      time(() => positionsAsOf(structuredClone(dataset), middle), 3) - cloneMs,
      time(() => floors.matrix(dataset, middle)),
    );
    let flip = false;
    add(
      "as-of matrix recompute (new date)",
      time(() => {
        flip = !flip;
        return positionsAsOf(dataset, flip ? middle : "2030-01-01");
      }),
      time(() => floors.matrix(dataset, middle)),
    );
    add(
      "stance series, one issue",
      time(() => stanceSeries(dataset, issueId)),
      time(() => floors.series(dataset, issueId)),
    );
    filterStatements(dataset, { text: "warm" }); // builds the search text once per dataset
    const haystacks = dataset.statements.map((s) =>
      `${s.summary} ${s.quote ?? ""} ${s.speaker.name}`.toLowerCase(),
    );
    const queries = ["ce", "cea", "ceasefire", "ceasefire mo"];
    let letters = 0;
    let floorLetters = 0;
    add(
      "filter, free-text query",
      time(() => filterStatements(dataset, { text: queries[letters++ % 4] })),
      time(() => floors.text(haystacks, queries[floorLetters++ % 4] as string)),
    );
    const filtered = filterStatements(dataset, {});
    const columnIds = STATEMENT_COLUMNS.map((column) => column.id);
    add(
      "CSV of the filtered table",
      time(() => writeCsv(statementsToRows(dataset, filtered, columnIds)), 5),
      time(() => floors.csv(dataset), 5),
    );
  }
  return rows;
}

function printTable(rows: DomainRow[]) {
  console.log("| statements | task | median ms | plain-loop floor ms | ratio |");
  console.log("| ---: | --- | ---: | ---: | ---: |");
  for (const row of rows)
    console.log(
      `| ${row.statements.toLocaleString("en")} | ${row.task} | ${row.medianMs.toFixed(2)} | ${row.floorMs.toFixed(3)} | ${(row.medianMs / row.floorMs).toFixed(1)}× |`,
    );
}

export function machine() {
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = runDomainBench();
  printTable(rows);
  writeFileSync(
    "bench/results.json",
    `${JSON.stringify({ machine: machine(), runs: RUNS, date: new Date().toISOString(), domain: rows }, null, 2)}\n`,
  );
}
