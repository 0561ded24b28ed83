// Opens e2e/fixtures/riverland-poles.json: Riverland with named scale ends ("Upland's ask",
// "Deltaport's ask"), an unknown-outlet source with notes, and document file names to hide.
import type { Page } from "@playwright/test";
import { fixturePath } from "./librarySupport";
import { expect } from "./pageErrors";

export const POLES_TITLE = "Fixture: Riverland with named scale ends (fictional)";

export async function openPolesFixture(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await page.getByLabel("Open dataset…").setInputFiles(fixturePath("riverland-poles.json"));
  // Validation runs in a worker; on a loaded machine it takes more than the default 5 s.
  await expect(page.getByRole("heading", { level: 1, name: POLES_TITLE })).toBeVisible({
    timeout: 20_000,
  });
}
