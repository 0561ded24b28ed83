// Names the fields of a dataset that the contract does not know (a `Quote` typed for
// `quote`, a `colour` for `color`): the validator leaves them out, and a user should hear so
// rather than find the value gone. Walks only the contract's own fixed structure, with loops,
// so a value nested a million levels deep is never entered.
import type { z } from "zod";
import {
  acceptableSchema,
  conditionLinkSchema,
  eventSchema,
  issueSchema,
  metaSchema,
  partySchema,
  reviewResolutionSchema,
  scalePolesSchema,
  sourceSchema,
  speakerSchema,
  stanceSchema,
  statementSchema,
} from "./schema";

interface Shape {
  fields: Set<string>;
  // Fields holding one object or a list of objects of a known shape.
  nested: Record<string, { shape: Shape; isList: boolean }>;
}

const shapeOf = (schema: z.ZodObject, nested: Shape["nested"] = {}): Shape => ({
  fields: new Set(Object.keys(schema.shape)),
  nested,
});
const one = (shape: Shape) => ({ shape, isList: false });
const list = (shape: Shape) => ({ shape, isList: true });

const speaker = shapeOf(speakerSchema);
const DATASET_SHAPE: Shape = {
  fields: new Set(["meta", "parties", "issues", "sources", "statements", "events", "$schema"]),
  nested: {
    meta: one(
      shapeOf(metaSchema, {
        scale: one(shapeOf(scalePolesSchema)),
        reviewed: list(shapeOf(reviewResolutionSchema)),
      }),
    ),
    parties: list(shapeOf(partySchema)),
    issues: list(shapeOf(issueSchema, { stances: list(shapeOf(stanceSchema)) })),
    sources: list(shapeOf(sourceSchema)),
    statements: list(
      shapeOf(statementSchema, {
        speaker: one(speaker),
        reportedBy: one(speaker),
        acceptable: one(shapeOf(acceptableSchema)),
        conditionLinks: list(shapeOf(conditionLinkSchema)),
      }),
    ),
    events: list(shapeOf(eventSchema)),
  },
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

// Counts unknown fields by where they sit ("statements[].Quote" → 60).
export function unknownFields(input: unknown): Map<string, number> {
  const counts = new Map<string, number>();
  const pending: { value: unknown; shape: Shape; at: string }[] = [
    { value: input, shape: DATASET_SHAPE, at: "" },
  ];
  // Breadth first, so fields are named in the order a reader meets them.
  for (let next = 0; next < pending.length; next++) {
    const { value, shape, at } = pending[next] as (typeof pending)[number];
    if (!isRecord(value)) continue;
    for (const key of Object.keys(value)) {
      // Paths are built only for what is counted or entered: a known plain field (most of
      // them, on 100k statements) costs one set lookup and no string.
      if (!shape.fields.has(key)) {
        const path = at ? `${at}.${key}` : key;
        counts.set(path, (counts.get(path) ?? 0) + 1);
        continue;
      }
      const child = shape.nested[key];
      if (!child) continue;
      const path = at ? `${at}.${key}` : key;
      const field = value[key];
      if (!child.isList) pending.push({ value: field, shape: child.shape, at: path });
      else if (Array.isArray(field)) {
        const itemAt = `${path}[]`;
        for (const item of field) pending.push({ value: item, shape: child.shape, at: itemAt });
      }
    }
  }
  return counts;
}

const SHOWN_NAMES = 10;
const shortName = (name: string) => (name.length > 60 ? `${name.slice(0, 57)}…` : name);

// "3 fields were not recognised and were left out: meta.colour, statements[].Quote (60 times), …"
export function unknownFieldsWarning(counts: ReadonlyMap<string, number>): string | null {
  if (counts.size === 0) return null;
  const names = [...counts]
    .slice(0, SHOWN_NAMES)
    .map(([name, count]) =>
      count > 1 ? `${shortName(name)} (${count.toLocaleString("en-GB")} times)` : shortName(name),
    );
  const more = counts.size > SHOWN_NAMES ? `, and ${counts.size - SHOWN_NAMES} more` : "";
  const fields = counts.size === 1 ? "1 field was" : `${counts.size} fields were`;
  return `${fields} not recognised and were left out: ${names.join(", ")}${more}.`;
}

export function unknownFieldWarnings(input: unknown): string[] {
  const warning = unknownFieldsWarning(unknownFields(input));
  return warning ? [warning] : [];
}
