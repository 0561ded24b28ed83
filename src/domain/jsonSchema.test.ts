import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonSchemaUrl, renderDatasetJsonSchema } from "../../scripts/write-json-schema";

describe("data/dataset.schema.json", () => {
  it("matches the zod schema in src/domain/schema.ts", () => {
    const committed = readFileSync(jsonSchemaUrl, "utf8");
    expect(
      committed,
      "data/dataset.schema.json is out of date with src/domain/schema.ts: run `npm run schema`",
    ).toBe(renderDatasetJsonSchema());
  });

  it("describes the top-level parts of a dataset", () => {
    const schema = JSON.parse(renderDatasetJsonSchema());
    expect(schema.type).toBe("object");
    expect(schema.required).toEqual(["meta", "parties", "issues", "sources", "statements"]);
  });
});
