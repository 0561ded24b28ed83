import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import rawDataset from "../../../data/russia-ukraine.json";
import { describeFound, groupProblems } from "./groupProblems";
import { MAX_FILE_BYTES, readDatasetFile } from "./readDatasetFile";
import { datasetFromStatementsCsv, STATEMENT_CSV_COLUMNS } from "./statementsCsv";

const today = "2026-01-02";
const bytesOf = (text: string) => new TextEncoder().encode(text);
const read = (name: string, text: string) => readDatasetFile({ name, bytes: bytesOf(text), today });

const header =
  "date,party,speaker,speakerRole,issue,stance,stanceRank,summary,quote,source,sourcePublished";
const goodCsv = [
  header,
  "# 2024-01-01,Example party,... (a comment row, skipped)",
  '2024-03-01,Northland,Ann Lee,Minister,Water,Share equally,1,"Wants equal shares, now.","We share, or nobody drinks.",Daily Post,2024-05-01',
  "2024-04-01,Southland,Bo Kim,Envoy,Water,Keep the dam,3,Wants to keep the dam.,,Daily Post,2024-05-01",
  "2024-04-02,Southland,Bo Kim,Envoy,Water,Joint commission,2,Offers a commission.,,Evening News,",
].join("\r\n");

describe("statements CSV import", () => {
  it("builds parties, issues, ordered stances and sources from the columns", () => {
    const result = datasetFromStatementsCsv(goodCsv, { fileName: "water.csv", today });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const dataset = result.value;
    expect(dataset.meta).toMatchObject({ id: "water", title: "water", updated: today });
    expect(dataset.parties.map((p) => p.name)).toEqual(["Northland", "Southland"]);
    expect(dataset.issues[0]?.stances.map((s) => s.label)).toEqual([
      "Share equally",
      "Joint commission",
      "Keep the dam",
    ]);
    expect(dataset.sources.map((s) => s.outlet)).toEqual(["Daily Post", "Evening News"]);
    expect(dataset.statements[0]).toMatchObject({
      summary: "Wants equal shares, now.",
      quote: "We share, or nobody drinks.",
      quoteKind: "direct",
      speaker: { name: "Ann Lee", role: "Minister" },
    });
    expect(dataset.statements[1]?.quoteKind).toBe("reported");
  });

  it("orders stances by first appearance when no rank is given", () => {
    const csv = goodCsv.replace(/,1,|,3,|,2,/g, ",,");
    const result = datasetFromStatementsCsv(csv, { fileName: "w.csv", today });
    expect(result.ok && result.value.issues[0]?.stances.map((s) => s.label)).toEqual([
      "Share equally",
      "Keep the dam",
      "Joint commission",
    ]);
  });

  it.each([
    [
      "a missing column",
      "date,party,issue,summary\n2024-01-01,A,B,C",
      "row 1",
      'a column named "source"',
    ],
    ["a bad date", goodCsv.replace("2024-04-01", "2024-13-01"), "row 4, column date", "ISO date"],
    [
      "a statement after its source",
      goodCsv.replace("2024-03-01,Northland", "2024-05-05,Northland"),
      "row 3, column date",
      "on or before its source was published",
    ],
    [
      "conflicting ranks",
      `${goodCsv}\r\n2024-05-01,Northland,,,Water,Share equally,4,x,,Daily Post,`,
      "row 6, column stanceRank",
      "the rank",
    ],
    [
      "a non-http URL",
      goodCsv
        .replace("sourcePublished", "sourcePublished,sourceUrl")
        .replace("2024-05-01\r\n", "2024-05-01,javascript:alert(1)\r\n"),
      "row 3, column sourceUrl",
      "http(s) URL",
    ],
    ["an unclosed quote", `${header}\n2024-01-01,"A`, "line 2, column 2", "well-formed CSV"],
  ])("reports %s at its row and column", (_name, csv, path, expected) => {
    const result = datasetFromStatementsCsv(csv, { fileName: "w.csv", today });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual(
      expect.objectContaining({ path, expected: expect.stringContaining(expected) }),
    );
  });
});

describe("readDatasetFile", () => {
  it("opens the default dataset and gives back an equal one", () => {
    const result = read("russia-ukraine.json", JSON.stringify(rawDataset));
    expect(result.ok && result.value).toEqual(rawDataset);
  });

  it("opens a CSV and its JSON export gives back an equal dataset", () => {
    const fromCsv = read("water.csv", goodCsv);
    expect(fromCsv.ok).toBe(true);
    if (!fromCsv.ok) return;
    const again = read("water.json", JSON.stringify(fromCsv.value));
    expect(again.ok && again.value).toEqual(fromCsv.value);
  });

  it.each([
    ["an empty file", "x.json", new Uint8Array(), "is empty"],
    ["white space only", "x.json", bytesOf("  \n "), "only white space"],
    ["not JSON", "x.json", bytesOf("{ nope"), "not valid JSON"],
    ["not UTF-8", "x.csv", new Uint8Array([0x64, 0x61, 0xff, 0xfe, 0x00]), "not UTF-8"],
    [
      "one byte too large",
      "x.json",
      new Uint8Array(MAX_FILE_BYTES + 1),
      "x.json is 48.000001 MB, over the limit: Parley opens files of up to 48 MB (48,000,000 bytes).",
    ],
    ["a 50 MB file", "x.json", new Uint8Array(50_000_000), "x.json is 50.0 MB"],
    [
      "deeply nested junk",
      "x.json",
      bytesOf(`${"[".repeat(200_000)}${"]".repeat(200_000)}`),
      "x.json",
    ],
  ])("refuses %s with a message", (_name, name, bytes, message) => {
    const result = readDatasetFile({ name, bytes, today });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });

  it("never lets __proto__ or constructor keys reach a prototype", () => {
    const hostile = JSON.stringify(rawDataset).replace(
      '"meta":{',
      '"meta":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const result = read("hostile.json", `{"__proto__":{"polluted":true},${hostile.slice(1)}`);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.ok && result.value.meta)).toBe(Object.prototype);
    expect(Object.hasOwn(result.ok ? result.value.meta : {}, "constructor")).toBe(false);
  });

  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["file:", "file:///etc/passwd"],
    ["a relative path", "/articles/1"],
  ])("refuses a %s source URL at its JSON path", (_name, url) => {
    const withUrl = structuredClone(rawDataset);
    const source = withUrl.sources[0];
    if (!source) throw new Error("the default dataset has sources");
    (source as { url: string | null }).url = url;
    const result = read("u.json", JSON.stringify(withUrl));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContainEqual({
      path: "sources[0].url",
      expected: "an http(s) URL or null",
      found: JSON.stringify(url),
    });
  });

  it("drops deeply nested junk under an unknown key and refuses it in a known one", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const text = JSON.stringify(rawDataset);
    const extra = read("e.json", text.replace('"version":', `"extra":${deep},"version":`));
    expect(extra.ok && Object.hasOwn(extra.value.meta, "extra")).toBe(false);
    expect(extra.ok).toBe(true);
    const inTitle = read("t.json", text.replace(/"title":"[^"]*"/, `"title":${deep}`));
    expect(inTitle.ok ? [] : inTitle.problems).toContainEqual(
      expect.objectContaining({ path: "meta.title", found: "an array of 1" }),
    );
  });

  it("keeps HTML in text fields as plain text", () => {
    const withHtml = structuredClone(rawDataset);
    withHtml.statements[0]!.summary = "<img src=x onerror=alert(1)>";
    const result = read("h.json", JSON.stringify(withHtml));
    expect(result.ok && result.value.statements[0]?.summary).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("the Riverland fixture (e2e/fixtures)", () => {
  const fixture = (name: string) =>
    new Uint8Array(readFileSync(new URL(`../../../e2e/fixtures/${name}`, import.meta.url)));

  it("its JSON bundle validates", () => {
    const result = readDatasetFile({
      name: "riverland.json",
      bytes: fixture("riverland.json"),
      today,
    });
    expect(result.ok && result.value.issues.map((issue) => issue.stances.length)).toEqual([
      6, 3, 4,
    ]);
  });

  it("its CSV imports, exports as JSON and imports again equal", () => {
    const bytes = fixture("riverland-statements.csv");
    const fromCsv = readDatasetFile({ name: "riverland-statements.csv", bytes, today });
    expect(fromCsv.ok).toBe(true);
    if (!fromCsv.ok) return;
    expect(fromCsv.value.statements).toHaveLength(12);
    const exported = JSON.stringify(fromCsv.value, null, 2);
    const again = read("riverland-statements-dataset.json", exported);
    expect(again.ok && again.value).toEqual(fromCsv.value);
  });
});

describe("groupProblems", () => {
  it("folds a problem repeated on many rows into one group with a count", () => {
    const problems = Array.from({ length: 200 }, (_, i) => ({
      path: `statements[${i}].issueId`,
      expected: "an issue id",
      found: '"sea"',
    }));
    problems.push({ path: "statements[3].date", expected: "a date", found: '"x"' });
    const { groups, hiddenCount } = groupProblems(problems);
    expect(groups.map((g) => [g.problem.path, g.count])).toEqual([
      ["statements[0].issueId", 200],
      ["statements[3].date", 1],
    ]);
    expect(hiddenCount).toBe(0);
  });

  it("shows the first 50 groups and counts the rest", () => {
    // 60 kinds: each expects something else.
    const problems = Array.from({ length: 60 }, (_, i) => ({
      path: `statements[${i}].date`,
      expected: `a date after rule ${i}`,
      found: '"x"',
    }));
    const { groups, hiddenCount } = groupProblems(problems);
    expect(groups).toHaveLength(50);
    expect(hiddenCount).toBe(10);
  });
});

describe("groupProblems by kind", () => {
  // Six rows of a CSV: five wrong dates (four different values) and one unknown firmness.
  const problems = [
    { path: "row 2, column date", expected: "an ISO date", found: '"13/05/2023"' },
    { path: "row 3, column date", expected: "an ISO date", found: '"May 2023"' },
    { path: "row 4, column date", expected: "an ISO date", found: '"13/05/2023"' },
    { path: "row 5, column Firmness", expected: "red-line, demand…", found: '"soft"' },
    { path: "row 6, column date", expected: "an ISO date", found: '"x"' },
    { path: "row 7, column date", expected: "an ISO date", found: '"2023/05/01"' },
  ];

  it("folds a mistake repeated with different values into one group", () => {
    const { groups } = groupProblems(problems);
    expect(groups).toEqual([
      {
        problem: problems[0],
        count: 5,
        foundValues: ['"13/05/2023"', '"May 2023"', '"x"'],
        foundCount: 4,
      },
      { problem: problems[3], count: 1, foundValues: ['"soft"'], foundCount: 1 },
    ]);
  });

  it("names the first values found and counts the others", () => {
    const [dates, firmness] = groupProblems(problems).groups;
    expect(describeFound(dates!)).toBe('"13/05/2023", "May 2023", "x" and 1 other value');
    expect(describeFound(firmness!)).toBe('"soft"');
  });

  it("keeps two expectations on one column apart", () => {
    const { groups } = groupProblems([
      { path: "row 2, column date", expected: "an ISO date", found: '"x"' },
      { path: "row 3, column date", expected: "a date not after today", found: '"2999-01-01"' },
    ]);
    expect(groups.map((group) => group.count)).toEqual([1, 1]);
  });
});

describe("templates", () => {
  it("the CSV template imports as a header with no statements, its example skipped", async () => {
    const { statementsCsvTemplate } = await import("./templates");
    const template = statementsCsvTemplate();
    expect(template.startsWith("\uFEFFDate,Date precision,Date note,Party,Speaker")).toBe(true);
    const result = datasetFromStatementsCsv(template, { fileName: "t.csv", today });
    expect(result.ok ? "imported" : result.problems[0]?.expected).toBe(
      "at least one statement row",
    );
  });

  it("the CSV template filled in like a spreadsheet imports its rows", async () => {
    const { statementsCsvTemplate } = await import("./templates");
    // A second row typed under the template's header, by column name.
    const typed: Record<string, string> = {
      Date: "2025-03-10",
      Party: "Other party",
      Issue: "Example issue",
      Stance: "Far position",
      "Stance id": "far-end",
      "Stance position": "3 of 3",
      Summary: "Another.",
      "Source outlet": "Example outlet",
      "Source id": "example-outlet-2025-03-15",
    };
    const header = STATEMENT_CSV_COLUMNS.map((name) => typed[name] ?? "").join(",");
    const filled = `${statementsCsvTemplate().replace("# 2025-03-14", "2025-03-14")}${header}\r\n`;
    const result = datasetFromStatementsCsv(filled, { fileName: "t.csv", today });
    expect(result.ok ? result.value.statements.length : result.problems).toBe(2);
    // The template's "2 of 3" says the scale has a first place no row names.
    expect(result.ok && result.value.issues[0]?.stances.map((s) => s.label)).toEqual([
      "Stance 1 of 3 (not named in this file)",
      "Middle position",
      "Far position",
    ]);
  });

  it("the empty bundle validates", async () => {
    const { emptyDatasetTemplate } = await import("./templates");
    expect(read("e.json", JSON.stringify(emptyDatasetTemplate(today))).ok).toBe(true);
  });
});
