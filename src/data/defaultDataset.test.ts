// Facts of the default dataset that the product promises: it validates clean, covers every
// source article and the five core issues for Russia and Ukraine, and the selectors read it right.
import { describe, expect, it } from "vitest";
import rawDataset from "../../data/russia-ukraine.json";
import { changesBetween } from "../domain/changesBetween";
import { positionsAsOf } from "../domain/positionsAsOf";
import { parseDataset } from "../domain/validate";

const result = parseDataset(JSON.parse(JSON.stringify(rawDataset)));
if (!result.ok) throw new Error(`default dataset invalid: ${JSON.stringify(result.problems)}`);
const dataset = result.value;

const coreIssues = [
  "nato-membership",
  "territory",
  "sanctions",
  "security-guarantees",
  "ceasefire-scope",
];

function stanceOf(date: string, issueId: string, partyId: string): string | null {
  const row = positionsAsOf(dataset, date).rows.find((r) => r.issue.id === issueId);
  return row?.cells.find((c) => c.partyId === partyId)?.stance?.id ?? null;
}

describe("default dataset", () => {
  it("validates clean", () => {
    expect(result.ok).toBe(true);
  });

  it("has between 50 and 80 statements", () => {
    expect(dataset.statements.length).toBeGreaterThanOrEqual(50);
    expect(dataset.statements.length).toBeLessThanOrEqual(80);
  });

  it("draws on each of the five articles, and every source names one", () => {
    const documents = new Set(dataset.sources.map((s) => s.document));
    const cited = new Set(
      dataset.statements.map((st) => dataset.sources.find((s) => s.id === st.sourceId)?.document),
    );
    expect(cited).toEqual(documents);
    expect(documents.size).toBe(5);
    for (const document of documents) expect(document).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
  });

  it("never invents a URL", () => {
    for (const source of dataset.sources) expect(source.url).toBeNull();
  });

  it.each(
    coreIssues.flatMap((issueId) => [
      [issueId, "russia"],
      [issueId, "ukraine"],
    ]),
  )("has a stance on %s for %s", (issueId, partyId) => {
    const stated = dataset.statements.filter(
      (s) => s.issueId === issueId && s.partyId === partyId && s.stanceId !== null,
    );
    expect(stated.length).toBeGreaterThan(0);
  });

  it("orders each scale from Ukraine's stated position towards Russia's", () => {
    // On every core issue Ukraine's first coded stance sits below Russia's first coded stance.
    for (const issueId of coreIssues) {
      const issue = dataset.issues.find((i) => i.id === issueId)!;
      const first = (partyId: string) =>
        issue.stances.findIndex(
          (stance) =>
            stance.id ===
            dataset.statements.find((s) => s.issueId === issueId && s.partyId === partyId)
              ?.stanceId,
        );
      expect(first("ukraine"), issueId).toBeLessThan(first("russia"));
    }
  });

  it("reads Russia's territorial demand as it moved from withdrawal to recognition", () => {
    expect(stanceOf("2024-12-31", "territory", "russia")).toBe("withdraw-from-four-regions");
    expect(stanceOf("2025-08-31", "territory", "russia")).toBe("recognise-territorial-realities");
    expect(stanceOf("2024-06-13", "territory", "russia")).toBeNull();
  });

  it("finds Ukraine's move from no concessions to a freeze between late 2024 and August 2025", () => {
    const change = changesBetween(dataset, "2024-12-31", "2025-08-31").find(
      (c) => c.issueId === "territory" && c.partyId === "ukraine",
    );
    expect(change?.fromStance?.id).toBe("no-concessions");
    expect(change?.toStance.id).toBe("freeze-no-recognition");
  });
});
