// A deterministic generator of valid datasets of any size, for benchmarks and load tests.
// Same options, same dataset: a seeded PRNG drives every choice. The facts are made up.
import type {
  Dataset,
  Firmness,
  Issue,
  NegotiationEvent,
  Party,
  Source,
  SourceKind,
  Statement,
} from "../schema";

export interface GenerateOptions {
  statements: number;
  seed?: number;
  parties?: number; // default: 4–12, drawn from the seed
  issues?: number; // default: 5–20, drawn from the seed
  // The contract's v2 fields (firmness, acceptable ranges, standing positions, condition
  // links, other sources, source kinds, events); default true. They are drawn from a stream
  // of their own, so the v1 part of a dataset is the same with or without them.
  v2?: boolean;
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

const FIRMNESS: readonly Firmness[] = ["red-line", "demand", "preference", "floated"];
// Mostly news, as in real collections.
const KINDS: readonly SourceKind[] = [
  "news",
  "news",
  "news",
  "state-media",
  "official",
  "social-media",
  "unknown",
];
const EVENT_KINDS = ["summit", "call", "talks round", "plan published"];

// How often each v2 field is set. Kept sparse so the 100k-statement dataset stays under the
// 48 MB file limit (47.3 MB without them, 47.9 MB with them).
const RATE = { firmness: 0.08, standing: 0.03, acceptable: 0.02, link: 0.005, alsoIn: 0.005 };
const STATEMENTS_PER_EVENT = 500;

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

export function generateDataset(options: GenerateOptions): Dataset {
  const random = makeRandom(options.seed ?? 20_240_601);
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
  const events: NegotiationEvent[] = [];
  const v2 = options.v2 === false ? null : makeRandom((options.seed ?? 20_240_601) ^ 0x5eed);
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
    });
    if (v2) addV2Fields(v2, statements[n] as Statement, issue, issues, sources, index);
    if (v2 && n % STATEMENTS_PER_EVENT === 0)
      events.push(makeEvent(v2, events.length, date, parties, sources));
  }
  if (v2) for (const source of sources) source.kind = v2.pick(KINDS);
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
    ...(v2 ? { events } : {}),
  };
}

type Random = ReturnType<typeof makeRandom>;

// Sets a statement's v2 fields, sparsely, so that each stays valid: the acceptable range
// holds the stated stance, a condition names another issue, alsoIn an earlier source.
function addV2Fields(
  random: Random,
  statement: Statement,
  issue: Issue,
  issues: readonly Issue[],
  sources: readonly Source[],
  index: number,
) {
  if (random.next() < RATE.firmness) statement.firmness = random.pick(FIRMNESS);
  if (random.next() < RATE.standing) statement.dateBasis = "standing";
  const last = issue.stances.length - 1;
  if (random.next() < RATE.acceptable && statement.stanceId !== null)
    statement.acceptable = {
      from: (issue.stances[Math.max(0, index - 1)] as { id: string }).id,
      to: (issue.stances[Math.min(last, index + 1)] as { id: string }).id,
    };
  const other = random.pick(issues);
  if (random.next() < RATE.link && other.id !== issue.id)
    statement.conditionLinks = [{ issueId: other.id, stanceId: random.pick(other.stances).id }];
  if (random.next() < RATE.alsoIn && sources.length > 1)
    statement.alsoIn = [`source-${random.int(1, sources.length - 1)}`];
}

// An event on a statement's day, reported by the source then current (published after it).
function makeEvent(
  random: Random,
  count: number,
  date: string,
  parties: readonly Party[],
  sources: readonly Source[],
): NegotiationEvent {
  const first = random.pick(parties);
  const second = random.pick(parties);
  const kind = random.pick(EVENT_KINDS);
  return {
    id: `event-${count + 1}`,
    date,
    datePrecision: "day",
    title: `${first.name} ${kind} on ${random.pick(WORDS)}`,
    description: `Generated ${kind}.`,
    partyIds: first.id === second.id ? [first.id] : [first.id, second.id],
    sourceId: (sources[sources.length - 1] as Source).id,
  };
}
