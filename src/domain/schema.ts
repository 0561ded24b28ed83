// The data contract of a Parley dataset, written once. Types are inferred from it and
// data/dataset.schema.json is generated from it (scripts/write-json-schema.ts).
import { z } from "zod";
import { DATASET_LIMITS } from "./limits";
import { REVIEW_RULE_IDS } from "./review/ruleIds";

// Parley's Content-Security-Policy forbids eval, and zod's compiled fast path first probes for
// it with `new Function`: the browser reports that probe as a CSP violation even though zod
// catches it. Jitless mode skips the probe and parses the same way, interpreted.
z.config({ jitless: true });

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "an id of letters, digits, '.', '_' or '-'")
  .max(120);
const text = z.string().min(1).max(20_000);
const isoDate = z.iso.date();
// http(s)://, then a host part with no user info (@), space or backslash before the path.
const HTTP_URL = /^https?:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/;

// What the two ends of every issue's scale stand for (index 0 and the last index), in words a
// reader can put beside an axis. Optional: without it the app says "first stance" / "last stance".
export const scalePolesSchema = z.object({
  low: text,
  high: text,
});

// A review flag a coder has checked and decided to keep, with why (README, "Review"). It names
// the flag by rule and subject: its events, else its statements, else (the scale smells) its
// issue and stances; referenceChecks.ts checks that exactly one subject is given and resolves.
export const reviewResolutionSchema = z.object({
  rule: z.enum(REVIEW_RULE_IDS),
  statementIds: z.array(id).min(1).max(DATASET_LIMITS.listItems).optional(),
  eventIds: z.array(id).min(1).max(DATASET_LIMITS.listItems).optional(),
  issueId: id.optional(),
  stanceIds: z.array(id).min(1).max(DATASET_LIMITS.listItems).optional(),
  reason: z.string().max(2_000).regex(/\S/, "a reason (not only white space)"),
});

export const metaSchema = z.object({
  id,
  title: text,
  description: z.string().max(20_000),
  updated: isoDate,
  version: z.string().min(1).max(40),
  scale: scalePolesSchema.optional(),
  reviewed: z.array(reviewResolutionSchema).max(DATASET_LIMITS.reviewed).optional(),
});

export const partySchema = z.object({
  id,
  name: text,
  shortName: z.string().min(1).max(40),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "a colour as #rrggbb")
    .optional(),
  members: z.array(text).max(DATASET_LIMITS.listItems).optional(),
});

export const stanceSchema = z.object({
  id,
  label: text,
  description: z.string().max(20_000),
});

export const issueSchema = z.object({
  id,
  name: text,
  description: z.string().max(20_000),
  // Ordered: index 0 is one end of the issue's axis, the last index the other end.
  stances: z.array(stanceSchema).min(2).max(DATASET_LIMITS.stancesPerIssue),
});

export const sourceKindSchema = z.enum([
  "news",
  "state-media",
  "official",
  "social-media",
  "unknown",
]);

// Articles are long, but a source's text is one article, not a book.
export const SOURCE_TEXT_MAX = 1_000_000;

export const sourceSchema = z.object({
  id,
  outlet: text,
  // null where the copy of the article shows no headline.
  title: text.nullable(),
  published: isoDate.nullable(),
  // null when unknown: never invented. The pattern says in the JSON Schema what the URL check
  // says here, as JSON Schema's "format" is only an annotation that validators may ignore
  // (a third-party validator accepted a script: URL); it also refuses user info
  // ("https://bank.com:pw@evil.example"), as safeLink.ts does.
  url: z
    // abort: a value that is no http(s) URL at all gets one problem, not a second for user info.
    .url({ protocol: /^https?$/, error: "an http(s) URL or null", abort: true })
    .regex(HTTP_URL, "an http(s) URL without a user name or password")
    .nullable(),
  document: z.string().max(300).nullable(),
  notes: z.string().max(20_000).nullable(),
  kind: sourceKindSchema.optional(),
  // The article's text, kept so quotes can be checked against it and coded in the app.
  text: z.string().max(SOURCE_TEXT_MAX).nullable().optional(),
});

export const speakerSchema = z.object({
  name: text,
  role: z.string().max(300),
});

export const datePrecisionSchema = z.enum(["day", "month", "year"]);

// How firmly a position is held, as the text states it (README, "The data format").
export const firmnessSchema = z.enum(["red-line", "demand", "preference", "floated"]);

// "stated": said on `date`. "standing": reported as a standing position without saying when it
// was stated, so `date` is the article's date and charts must not draw it as a move that day.
export const dateBasisSchema = z.enum(["stated", "standing"]);

// The stretch of the issue's scale (inclusive, in scale order) the party signals it could accept.
export const acceptableSchema = z.object({
  from: id,
  to: id,
});

// A condition tying this position to a stance on another issue.
export const conditionLinkSchema = z.object({
  issueId: id,
  stanceId: id,
});

const offset = z.number().int().min(0).max(SOURCE_TEXT_MAX);

export const statementSchema = z.object({
  id,
  // For month or year precision, the first day of that month or year.
  date: isoDate,
  datePrecision: datePrecisionSchema,
  dateNote: z.string().max(2_000).nullable(),
  partyId: id,
  speaker: speakerSchema,
  // Set when the position is known only from another party's account of it
  // (e.g. Russia's foreign minister describing what a Ukrainian official said).
  reportedBy: speakerSchema.nullable().optional(),
  issueId: id,
  stanceId: id.nullable(),
  summary: text,
  quote: text.nullable(),
  quoteKind: z.enum(["direct", "reported"]),
  conditions: z.string().max(20_000).nullable(),
  sourceId: id,
  firmness: firmnessSchema.nullable().optional(),
  acceptable: acceptableSchema.nullable().optional(),
  dateBasis: dateBasisSchema.optional(),
  // Other sources that report this same act of stating.
  alsoIn: z.array(id).max(DATASET_LIMITS.listItems).optional(),
  conditionLinks: z.array(conditionLinkSchema).max(DATASET_LIMITS.listItems).optional(),
  // Where the quote stands in its source's text: text.slice(quoteStart, quoteEnd) === quote.
  quoteStart: offset.optional(),
  quoteEnd: offset.optional(),
});

// A dated moment the articles report (a summit, a call, a plan published, a round of talks).
export const eventSchema = z.object({
  id,
  date: isoDate,
  datePrecision: datePrecisionSchema,
  title: text,
  description: z.string().max(20_000),
  partyIds: z.array(id).max(DATASET_LIMITS.parties),
  sourceId: id,
});

export const datasetSchema = z.object({
  meta: metaSchema,
  parties: z.array(partySchema).min(1).max(DATASET_LIMITS.parties),
  issues: z.array(issueSchema).min(1).max(DATASET_LIMITS.issues),
  sources: z.array(sourceSchema).max(DATASET_LIMITS.sources),
  statements: z.array(statementSchema).max(DATASET_LIMITS.statements),
  events: z.array(eventSchema).max(DATASET_LIMITS.events).optional(),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetMeta = z.infer<typeof metaSchema>;
export type Party = z.infer<typeof partySchema>;
export type Issue = z.infer<typeof issueSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type DatePrecision = z.infer<typeof datePrecisionSchema>;
export type ScalePoles = z.infer<typeof scalePolesSchema>;
export type SourceKind = z.infer<typeof sourceKindSchema>;
export type Firmness = z.infer<typeof firmnessSchema>;
export type DateBasis = z.infer<typeof dateBasisSchema>;
export type AcceptableRange = z.infer<typeof acceptableSchema>;
export type ConditionLink = z.infer<typeof conditionLinkSchema>;
export type ReviewResolution = z.infer<typeof reviewResolutionSchema>;
export type NegotiationEvent = z.infer<typeof eventSchema>;
