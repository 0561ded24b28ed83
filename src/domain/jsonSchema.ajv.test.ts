// The generated JSON Schema, checked with a validator that is not ours (Ajv), refuses what
// parseDataset refuses wherever JSON Schema can say it. Formats are left unchecked on purpose:
// in JSON Schema 2020-12 "format" is an annotation many validators ignore, so every rule
// must stand in a pattern, a length or an enum.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { jsonSchemaUrl } from "../../scripts/write-json-schema";
import riverland from "./__fixtures__/riverland-v1.json";
import { parseDataset } from "./validate";

const ajv = new Ajv2020({ validateFormats: false, allErrors: false, strict: false });
const validateWithSchema = ajv.compile(JSON.parse(readFileSync(jsonSchemaUrl, "utf8")));
const defaultDataset = JSON.parse(
  readFileSync(new URL("../../data/russia-ukraine.json", import.meta.url), "utf8"),
);

// biome-ignore lint/suspicious/noExplicitAny: JSON edited by hand into broken shapes, which no type describes
type Input = Record<string, any>;
const copy = (): Input => JSON.parse(JSON.stringify(riverland));

describe("data/dataset.schema.json under Ajv", () => {
  it.each([
    ["the Riverland fixture", copy()],
    ["the default dataset", defaultDataset],
  ])("accepts %s, as parseDataset does", (_name, dataset) => {
    expect(parseDataset(dataset).ok).toBe(true);
    expect(validateWithSchema(dataset), JSON.stringify(validateWithSchema.errors)).toBe(true);
  });

  it.each<[string, (d: Input) => void]>([
    ["a javascript: URL", (d) => (d.sources[0].url = "javascript:alert(1)")],
    ["a data: URL", (d) => (d.sources[0].url = "data:text/html,<script>alert(1)</script>")],
    ["a URL with user info", (d) => (d.sources[0].url = "https://bank.com:pw@evil.example")],
    ["a URL with a user name", (d) => (d.sources[0].url = "https://bank.example@evil.example/")],
    ["a relative URL", (d) => (d.sources[0].url = "/riverland/gazette")],
    ["a date that does not exist", (d) => (d.statements[0].date = "2023-02-29")],
    ["a date with a time", (d) => (d.statements[0].date = "2025-03-10T10:00")],
    ["an id with a space", (d) => (d.parties[0].id = "up land")],
    ["a colour that is a name", (d) => (d.parties[0].color = "red")],
    ["an issue of one stance", (d) => d.issues[0].stances.splice(1)],
    [
      "an issue of 31 stances",
      (d) => {
        d.issues[0].stances = Array.from({ length: 31 }, (_, i) => ({
          id: `s${i}`,
          label: "x",
          description: "",
        }));
      },
    ],
    [
      "101 parties",
      (d) => {
        d.parties = Array.from({ length: 101 }, (_, i) => ({
          id: `p${i}`,
          name: "P",
          shortName: "P",
        }));
      },
    ],
    ["an empty summary", (d) => (d.statements[0].summary = "")],
    ["an unknown firmness", (d) => (d.statements[0].firmness = "absolute")],
    ["an unknown dateBasis", (d) => (d.statements[0].dateBasis = "guessed")],
    ["an unknown source kind", (d) => (d.sources[0].kind = "blog")],
    [
      "an acceptable range without its end",
      (d) => (d.statements[0].acceptable = { from: "historic" }),
    ],
    [
      "a negative quote offset",
      (d) => Object.assign(d.statements[0], { quoteStart: -1, quoteEnd: 3 }),
    ],
    [
      "a fractional quote offset",
      (d) => Object.assign(d.statements[0], { quoteStart: 1.5, quoteEnd: 3 }),
    ],
    [
      "an event without a source",
      (d) => {
        d.events = [
          {
            id: "e1",
            date: "2025-03-01",
            datePrecision: "day",
            title: "T",
            description: "",
            partyIds: [],
          },
        ];
      },
    ],
    ["a missing statements list", (d) => delete d.statements],
    ["no meta", (d) => delete d.meta],
  ])("refuses %s, as parseDataset does", (_name, change) => {
    const dataset = copy();
    change(dataset);
    expect(parseDataset(dataset).ok).toBe(false);
    expect(validateWithSchema(dataset)).toBe(false);
  });
});
