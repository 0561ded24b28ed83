// The data contract of a Parley dataset, written once. Types are inferred from it and
// data/dataset.schema.json is generated from it (scripts/write-json-schema.ts).
import { z } from "zod";

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

export const metaSchema = z.object({
  id,
  title: text,
  description: z.string().max(20_000),
  updated: isoDate,
  version: z.string().min(1).max(40),
});

export const partySchema = z.object({
  id,
  name: text,
  shortName: z.string().min(1).max(40),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "a colour as #rrggbb")
    .optional(),
  members: z.array(text).optional(),
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
  stances: z.array(stanceSchema).min(2),
});

export const sourceSchema = z.object({
  id,
  outlet: text,
  // null where the copy of the article shows no headline.
  title: text.nullable(),
  published: isoDate.nullable(),
  // null when unknown: never invented.
  url: z.url({ protocol: /^https?$/, error: "an http(s) URL or null" }).nullable(),
  document: z.string().max(300).nullable(),
  notes: z.string().max(20_000).nullable(),
});

export const speakerSchema = z.object({
  name: text,
  role: z.string().max(300),
});

export const datePrecisionSchema = z.enum(["day", "month", "year"]);

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
});

export const datasetSchema = z.object({
  meta: metaSchema,
  parties: z.array(partySchema).min(1),
  issues: z.array(issueSchema).min(1),
  sources: z.array(sourceSchema),
  statements: z.array(statementSchema),
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
