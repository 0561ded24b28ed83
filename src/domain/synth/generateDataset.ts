// A deterministic generator of valid datasets of any size, for benchmarks and load tests.
// Same options, same dataset: a seeded PRNG drives every choice. The facts are made up.
import type { Dataset, Issue, Party, Source, Statement } from "../schema";

export interface GenerateOptions {
  statements: number;
  seed?: number;
  parties?: number; // default: 4–12, drawn from the seed
  issues?: number; // default: 5–20, drawn from the seed
}

// mulberry32: small, fast and good enough for shaping test data.
function makeRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return { next, int, pick };
}

const WORDS = (
  "ceasefire border talks guarantee sanctions troops withdrawal referendum corridor grain port " +
  "monitoring mission envoy summit framework prisoners exchange reconstruction energy sovereignty " +
  "neutrality alliance security treaty ratification compensation observers timetable phased"
).split(" ");
const NAMES =
  "Amara Boris Chen Dana Elif Farid Greta Hugo Ines Jonas Kemal Lena Marek Nadia Omar Petra".split(
    " ",
  );
const ROLES = [
  "Foreign Minister",
  "President",
  "Spokesperson",
  "Chief negotiator",
  "Envoy",
  "Prime Minister",
];
const OUTLETS = [
  "Daily Courier",
  "The Ledger",
  "Evening Wire",
  "Global Report",
  "Capital Times",
  "Ria Post",
];
const PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#F0E442",
  "#000000",
];

const DAY_MS = 86_400_000;
const START = Date.UTC(2015, 0, 1);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// A quote of realistic length with the characters that break naive CSV: commas, quotes, newlines.
function makeQuote(random: ReturnType<typeof makeRandom>): string {
  const sentences = random.int(1, 2);
  const parts: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const words = Array.from({ length: random.int(5, 15) }, () => random.pick(WORDS));
    if (random.next() < 0.3) words.splice(random.int(1, words.length - 1), 0, "and, frankly,");
    if (random.next() < 0.2) words.push(`"${random.pick(WORDS)}"`);
    parts.push(`${words.join(" ")}.`);
  }
  return parts.join(random.next() < 0.15 ? "\n" : " ");
}

const FIRMNESS = ["red-line", "demand", "preference", "floated", null] as const;

// Firmness on about half the statements, and on a third an acceptable range reaching up to
// two steps either side of the stance (which the schema requires to lie inside it).
function positionDetail(
  random: ReturnType<typeof makeRandom>,
  issue: Issue,
  index: number,
): Pick<Statement, "firmness" | "acceptable"> {
  const firmness = random.next() < 0.5 ? random.pick(FIRMNESS) : null;
  if (random.next() >= 1 / 3) return { firmness };
  const last = issue.stances.length - 1;
  const from = issue.stances[Math.max(0, index - random.int(0, 2))]?.id;
  const to = issue.stances[Math.min(last, index + random.int(0, 2))]?.id;
  return { firmness, acceptable: from && to ? { from, to } : null };
}

export function generateDataset(options: GenerateOptions): Dataset {
  const random = makeRandom(options.seed ?? 20_240_601);
  // v2 fields from a stream of their own, so every v1 field stays as it was for a seed.
  const v2 = makeRandom((options.seed ?? 20_240_601) + 1);
  const partyCount = options.parties ?? random.int(4, 12);
  const issueCount = options.issues ?? random.int(5, 20);
  const parties: Party[] = Array.from({ length: partyCount }, (_, p) => ({
    id: `party-${p + 1}`,
    name: `Party ${p + 1}`,
    shortName: `P${p + 1}`,
    color: PALETTE[p % PALETTE.length],
  }));
  const issues: Issue[] = Array.from({ length: issueCount }, (_, i) => ({
    id: `issue-${i + 1}`,
    name: `Issue ${i + 1}: ${random.pick(WORDS)}`,
    description: `Generated issue ${i + 1}.`,
    stances: Array.from({ length: random.int(3, 7) }, (_, s) => ({
      id: `stance-${s + 1}`,
      label: `Stance ${s + 1} (${random.pick(WORDS)})`,
      description: `Position ${s + 1} on the scale.`,
    })),
  }));
  const sources: Source[] = [];
  const statements: Statement[] = [];
  // Each party drifts along each issue's scale: a random walk, so series have real changes.
  const current = new Map<string, number>();
  const spanDays = 365 * 8;
  // A source is published after the last of the 25 statements it carries.
  const daysPerSource = Math.ceil((25 * spanDays) / Math.max(1, options.statements)) + 1;
  for (let n = 0; n < options.statements; n++) {
    const dayOffset = Math.floor((n / Math.max(1, options.statements)) * spanDays);
    const date = isoDay(START + dayOffset * DAY_MS);
    if (n % 25 === 0)
      sources.push({
        id: `source-${sources.length + 1}`,
        outlet: random.pick(OUTLETS),
        title: `Report ${sources.length + 1} on the ${random.pick(WORDS)} talks`,
        published: isoDay(START + (dayOffset + daysPerSource) * DAY_MS),
        url: null,
        document: null,
        notes: null,
      });
    const party = random.pick(parties);
    const issue = random.pick(issues);
    const key = `${party.id}|${issue.id}`;
    const size = issue.stances.length;
    const was = current.get(key) ?? random.int(0, size - 1);
    const step = random.next() < 0.2 ? random.int(-1, 1) : 0;
    const index = Math.min(size - 1, Math.max(0, was + step));
    current.set(key, index);
    const hasQuote = random.next() < 0.8;
    statements.push({
      id: `st-${n + 1}`,
      date,
      datePrecision: "day",
      dateNote: null,
      partyId: party.id,
      speaker: { name: `${random.pick(NAMES)} ${random.pick(NAMES)}son`, role: random.pick(ROLES) },
      issueId: issue.id,
      stanceId: random.next() < 0.05 ? null : (issue.stances[index]?.id ?? null),
      summary: `${party.name} on ${issue.name}: ${random.pick(WORDS)}, ${random.pick(WORDS)} and ${random.pick(WORDS)}.`,
      quote: hasQuote ? makeQuote(random) : null,
      quoteKind: hasQuote ? "direct" : "reported",
      conditions: random.next() < 0.1 ? `Only with ${random.pick(WORDS)}.` : null,
      sourceId: `source-${sources.length}`,
      ...positionDetail(v2, issue, index),
    });
  }
  return {
    meta: {
      id: `generated-${options.statements}`,
      title: `Generated negotiation (${options.statements} statements)`,
      description: "Synthetic data for benchmarks; its facts are made up.",
      updated: isoDay(START + spanDays * DAY_MS),
      version: "1",
    },
    parties,
    issues,
    sources,
    statements,
  };
}
