// A dataset written before contract v2 (the Riverland fixture as it was) still opens unchanged.
import { expect, it } from "vitest";
import riverland from "./__fixtures__/riverland-v1.json";
import { parseDataset } from "./validate";

it("a v1 dataset (Riverland) still validates, unchanged and without warnings", () => {
  const input = JSON.parse(JSON.stringify(riverland));
  const result = parseDataset(input);
  expect(result.ok ? [] : result.problems).toEqual([]);
  expect(result.ok && result.value).toEqual(riverland);
  expect(result.ok && result.warnings).toEqual([]);
  // Facts read off the file: 12 statements, r1 is Upland's water minister on 10 March 2025.
  expect(result.ok && result.value.statements).toHaveLength(12);
  expect(result.ok && result.value.statements[0]).toMatchObject({
    id: "r1",
    date: "2025-03-10",
    speaker: { name: "Ilse Marrow", role: "Water minister" },
    stanceId: "historic",
  });
  expect(result.ok && "events" in result.value).toBe(false);
});
