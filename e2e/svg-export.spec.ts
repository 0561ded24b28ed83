// Flow: a dataset whose names hold characters XML forbids (control characters pasted from a
// PDF, a broken emoji) still exports its charts as SVG files any viewer opens, and as PNG.
import { readFile } from "node:fs/promises";
import { datasetHeading, openDatasetFile, riverland } from "./support/librarySupport";
import { showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

const R = "\uFFFD";

test("the SVG of a chart whose names hold forbidden characters parses as XML, and the PNG is made", async ({
  page,
}) => {
  const dataset = structuredClone(riverland);
  const [upland, midvale] = dataset.parties;
  const [water] = dataset.issues;
  const stance = water?.stances[0];
  if (!upland || !midvale || !water || !stance) throw new Error("the fixture changed shape");
  // One of each class: C0 controls, the two non-characters, a lone high and a lone low
  // surrogate (JSON.stringify writes those as \ud83d escapes, which JSON.parse restores).
  upland.name = "Upland\u0000\u0007 Republic\u001F";
  midvale.name = "Midvale \uFFFE\uFFFFFederation";
  water.name = "Water \uD83Dallocation\uDE00";
  stance.label = "Historic\u000B shares\u000C only";
  dataset.meta.title = "Forbidden characters";
  await page.goto("/");
  await openDatasetFile(page, {
    name: "forbidden.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await expect(datasetHeading(page, "Forbidden characters")).toBeVisible();
  await page.getByRole("tab", { name: "Timeline" }).click();
  const figure = page.getByRole("figure", { name: /stances over time$/ }).first();
  await expect(figure.locator(".recharts-surface")).toBeVisible();

  const [svgDownload] = await Promise.all([
    page.waitForEvent("download"),
    figure.getByRole("button", { name: "Download SVG" }).click(),
  ]);
  const svg = await readFile(await svgDownload.path(), "utf8");
  // Parsed by the browser's XML parser, which reports any well-formedness error as a
  // <parsererror> element instead of throwing; in a blank page, as the app's CSP would log
  // the file's style attributes as violations.
  const blank = await page.context().newPage();
  const parsed = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const error = doc.getElementsByTagName("parsererror")[0];
    return { root: doc.documentElement.nodeName, error: error?.textContent ?? null };
  }, svg);
  await blank.close();
  expect(parsed).toEqual({ root: "svg", error: null });
  // Each forbidden character became U+FFFD; the rest of each name is kept.
  expect(svg).toContain(`Water ${R}allocation${R}: stances over time`);
  expect(svg).toContain(`Upland${R}${R} Republic${R}`);
  expect(svg).toContain(`Midvale ${R}${R}Federation`);
  const forbidden = [...svg].filter((char) => {
    const code = char.codePointAt(0) ?? 0;
    return (
      (code < 0x20 && ![0x09, 0x0a, 0x0d].includes(code)) || code === 0xfffe || code === 0xffff
    );
  });
  expect(forbidden).toEqual([]);

  const [pngDownload] = await Promise.all([
    page.waitForEvent("download"),
    figure.getByRole("button", { name: "Download PNG" }).click(),
  ]);
  const png = await readFile(await pngDownload.path());
  expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join("")).toBe("PNG");
  await expect(page.getByText(/Could not make the PNG/)).toHaveCount(0);

  // The matrix picture too: its cells and headers are the dataset's words.
  await page.getByRole("tab", { name: "Matrix" }).click();
  await showMatrixControls(page);
  const [matrixDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download SVG" }).click(),
  ]);
  const matrixSvg = await readFile(await matrixDownload.path(), "utf8");
  const blankAgain = await page.context().newPage();
  const matrixParsed = await blankAgain.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const error = doc.getElementsByTagName("parsererror")[0];
    return { root: doc.documentElement.nodeName, error: error?.textContent ?? null };
  }, matrixSvg);
  await blankAgain.close();
  expect(matrixParsed).toEqual({ root: "svg", error: null });
  expect(matrixSvg).toContain(`Upland${R}${R} Republic${R}`);
  expect(matrixSvg).toContain(`Water ${R}allocation${R}`);
});
