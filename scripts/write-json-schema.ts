// Writes data/dataset.schema.json from the zod schema, so editors and other tools can check a
// dataset without Parley's code. src/domain/jsonSchema.test.ts fails when the file is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { datasetSchema } from "../src/domain/schema";

export const jsonSchemaUrl = new URL("../data/dataset.schema.json", import.meta.url);

// The file's exact text: 2-space JSON with a trailing newline, as the formatter leaves it.
export function renderDatasetJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(datasetSchema), null, 2)}\n`;
}

const isCli =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isCli) {
  writeFileSync(jsonSchemaUrl, renderDatasetJsonSchema());
  console.log(`Wrote ${fileURLToPath(jsonSchemaUrl)}`);
}
