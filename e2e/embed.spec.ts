// Flow (issue 22): a journalist embeds the deal space in an article. The "Embed" dialog gives
// the iframe code; the article (another site) shows the view read-only, with its caption,
// credit and a link back to the full view, and the app's Content-Security-Policy holds inside
// the frame (any violation there fails the test, as on the page).
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { showMatrixControls } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

const dataset = JSON.parse(
  readFileSync(new URL("../data/russia-ukraine.json", import.meta.url), "utf8"),
) as { meta: { title: string; version: string } };

test("the Embed dialog's code shows the view in another site's page, captioned and credited", async ({
  page,
}, testInfo) => {
  await page.goto("/?view=deal&parties=ukraine,united-states");
  await expect(page.getByRole("heading", { level: 2, name: /^Room for a deal/ })).toBeVisible();
  await page.getByRole("button", { name: "Embed" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed this view" });
  const code = await dialog.getByRole("textbox", { name: "Embed code" }).inputValue();
  const appUrl = page.url();
  expect(code).toContain(`src="${appUrl.replaceAll("&", "&amp;")}&amp;embed=1"`);
  expect(code).toContain(`title="${dataset.meta.title}: Deal space (Parley)"`);
  // The built-in dataset is published with the site: no warning.
  await expect(dialog.getByRole("note")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Close" }).click();

  // The article, served by a server of its own (another origin: another port), with the
  // code pasted as it is. A real server, not a routed response: Chromium's local network
  // checks block a page of unknown address from framing a local one.
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html lang="en"><head><title>Article</title></head><body><h1>What the talks say</h1>${code}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await page.goto(`http://127.0.0.1:${port}/article.html`);
    const frame = page.frameLocator("iframe");
    await expect(
      frame.getByRole("heading", { level: 1, name: `${dataset.meta.title}: Deal space` }),
    ).toBeVisible();
    await expect(frame.getByRole("heading", { level: 2, name: /^Room for a deal/ })).toBeVisible();
    await expect(frame.getByText("Parties: Ukraine, United States")).toBeVisible();
    await expect(
      frame.getByText(
        new RegExp(
          `^Source: .+, coded in ${dataset.meta.title} v${dataset.meta.version.replaceAll(".", "\\.")}\\.$`,
        ),
      ),
    ).toBeVisible();
    const back = frame.getByRole("link", { name: "Open the full view in Parley" });
    await expect(back).toHaveAttribute("href", appUrl);
    await expect(back).toHaveAttribute("target", "_blank");
    // Read-only and bare: no header, filters, tabs or dataset controls.
    await expect(frame.getByRole("tab")).toHaveCount(0);
    await expect(frame.getByRole("button", { name: /^Filters/ })).toHaveCount(0);
    await expect(frame.getByRole("combobox", { name: "Dataset", exact: true })).toHaveCount(0);
    await expect(frame.getByRole("button", { name: "Copy link" })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("article-with-embed.png") });
  } finally {
    server.close();
  }
});

test("an embed keeps embed=1 in its address as its view changes, and edits nothing", async ({
  page,
}) => {
  // In the full view the cell's statements can be edited…
  await page.goto("/?cell=nato-membership:russia");
  const fullDrawer = page.getByRole("dialog", { name: "Russia on NATO membership" });
  await expect(fullDrawer.getByRole("button", { name: "Edit statement" }).first()).toBeVisible();

  await page.goto("/?embed=1");
  await expect(
    page.getByRole("heading", { level: 1, name: `${dataset.meta.title}: Matrix` }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\?embed=1$/);
  await showMatrixControls(page);
  await page.getByRole("button", { name: "Swap rows and columns" }).click();
  await expect(page).toHaveURL(/\?rows=parties&embed=1$/);
  await expect(page.getByRole("link", { name: "Open the full view in Parley" })).toHaveAttribute(
    "href",
    /\?rows=parties$/,
  );
  // …in the embed, a cell's statements open without the buttons that would edit them.
  await page.getByRole("button", { name: /^Russia on NATO membership:/ }).click();
  const drawer = page.getByRole("dialog", { name: "Russia on NATO membership" });
  await expect(drawer.getByRole("article").first()).toBeVisible();
  await expect(drawer.getByRole("button", { name: "Edit statement" })).toHaveCount(0);
});
