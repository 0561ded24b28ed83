// Flow: a file crafted to attack the page (script in text, prototype keys, a huge file) is
// shown as plain text or refused, and never runs or crashes anything.
import { writeFile } from "node:fs/promises";
import { datasetHeading, openDatasetFile, riverland } from "./support/librarySupport";
import { expect, test } from "./support/pageErrors";

const payload = `<img src=x onerror="window.__parleyPwned=1"><script>window.__parleyPwned=2</script>`;

test("HTML in text fields is shown as text and prototype keys do nothing", async ({ page }) => {
  const hostile = structuredClone(riverland);
  hostile.meta.title = `Hostile ${payload}`;
  const [first] = hostile.statements;
  if (!first) throw new Error("the fixture has statements");
  first.summary = payload;
  const text = JSON.stringify(hostile).replace(
    '"meta":{',
    '"meta":{"__proto__":{"isPolluted":true},"constructor":{"prototype":{"isPolluted":true}},',
  );
  await page.goto("/");
  await openDatasetFile(page, {
    name: "hostile.json",
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });

  await expect(datasetHeading(page, hostile.meta.title)).toBeVisible();
  await page.getByRole("tab", { name: "Statements" }).click();
  await expect(page.getByText(payload, { exact: true }).first()).toBeVisible();
  expect(
    await page.evaluate(() => ({
      pwned: (window as { __parleyPwned?: number }).__parleyPwned ?? null,
      polluted: ({} as { isPolluted?: boolean }).isPolluted ?? null,
    })),
  ).toEqual({ pwned: null, polluted: null });
});

test("a 50 MB file is refused with the size limit", async ({ page }, testInfo) => {
  // Written to disk: Playwright will not pass a buffer this large to setInputFiles.
  const path = testInfo.outputPath("huge.json");
  await writeFile(path, Buffer.alloc(50_000_000, 0x20));
  await page.goto("/");
  await openDatasetFile(page, path);
  await expect(page.getByRole("region", { name: "Could not open huge.json" })).toContainText(
    "huge.json is 50.0 MB, over the limit: Parley opens files of up to 48 MB (48,000,000 bytes).",
  );
});

test("a javascript: link in a source is refused, with where it is", async ({ page }) => {
  const hostile = structuredClone(riverland);
  const [source] = hostile.sources;
  if (!source) throw new Error("the fixture has sources");
  source.url = "javascript:alert(document.cookie)";
  await page.goto("/");
  await openDatasetFile(page, {
    name: "links.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  const problem = page
    .getByRole("region", { name: "Could not open links.json" })
    .getByRole("listitem")
    .filter({ hasText: "sources[0].url" });
  await expect(problem).toContainText("an http(s) URL or null");
  await expect(problem).toContainText('"javascript:alert(document.cookie)"');
});
