// Flow: every screen, dialog and menu passes axe-core's WCAG 2.2 AA rules, in the light and the
// dark theme, at both project widths (desktop 1280 px, phone 360 px).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/pageErrors";
import { tourEveryScreen } from "./support/tour";

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
// The theme changes colours only, so in the dark theme only the colour rules can newly fail;
// running just those halves the time this spec takes on a busy CI machine.
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

async function violationsOn(page: Page, screen: string, onlyColour: boolean): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(WCAG_22_AA);
  const results = await (onlyColour ? builder.withRules(COLOUR_RULES) : builder).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(" ")).slice(0, 5);
    const why = violation.nodes[0]?.failureSummary?.replace(/\s+/g, " ") ?? "";
    return `${screen}: ${violation.id} (${violation.impact}) ${targets.join(" | ")}: ${why}`;
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`no axe violations on any screen, ${colorScheme} theme`, async ({ page }) => {
    // Generous: a full axe scan of some 17 screens takes over a minute on a busy 2-core machine.
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    const found: string[] = [];
    const screens: string[] = [];
    await tourEveryScreen(page, async (screen) => {
      screens.push(screen);
      found.push(...(await violationsOn(page, screen, colorScheme === "dark")));
    });
    expect(screens.length).toBeGreaterThan(10);
    expect(found).toEqual([]);
  });
}

test("axe reports a violation when there is one", async ({ page }) => {
  await page.goto("/");
  // A control with no accessible name, added by the test: proves the scan can fail.
  await page.evaluate(() => {
    const button = document.createElement("button");
    button.id = "nameless";
    document.querySelector("main")?.append(button);
  });
  expect((await violationsOn(page, "matrix", false)).join("\n")).toContain("button-name");
});
