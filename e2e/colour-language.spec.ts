// Flow: a reader moves between the matrix (colour = place on the stance scale) and the
// timeline (colour = party). No colour may mean a stance in one and a party in the other: every
// saturated stance colour must sit at least 25° of hue away from every party line's colour.
// (Before: the matrix's first-stance orange, hue 32°, beside Russia's vermilion line, 26°.)
import type { Page } from "@playwright/test";
import { expect, test } from "./support/pageErrors";

// Hue (0–360) and saturation (0–1) of "rgb(r, g, b)" or "#rrggbb", by the HSL formulas.
function hueOf(colour: string): { hue: number; saturation: number } {
  const hex = colour.match(/^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i);
  const rgb = colour.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
  const parts = hex
    ? hex.slice(1).map((part) => Number.parseInt(part, 16))
    : rgb?.slice(1).map(Number);
  if (parts?.length !== 3) throw new Error(`not a colour: ${colour}`);
  const [r, g, b] = parts.map((part) => part / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const chroma = max - min;
  if (chroma === 0) return { hue: 0, saturation: 0 };
  const saturation = chroma / (1 - Math.abs(2 * lightness - 1));
  const sector =
    max === r
      ? ((g - b) / chroma + 6) % 6
      : max === g
        ? (b - r) / chroma + 2
        : (r - g) / chroma + 4;
  return { hue: sector * 60, saturation };
}

function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}

async function stanceColours(page: Page): Promise<string[]> {
  await page.goto("/");
  const cells = page
    .getByRole("region", { name: /^Matrix/ })
    .getByRole("table")
    .getByRole("button");
  await expect(cells.first()).toBeVisible();
  return cells.evaluateAll((buttons) =>
    buttons.map((button) => getComputedStyle(button).backgroundColor),
  );
}

async function partyColours(page: Page): Promise<string[]> {
  await page.goto("/?view=timeline");
  // A flat step line has no height, so Playwright calls it hidden: wait for it to exist.
  const lines = page.locator(".recharts-line .recharts-curve");
  // Charts draw when they come into view: bring each stance chart on screen once.
  const figures = page.getByRole("figure", { name: /: stances over time$/ });
  await expect(figures.first()).toBeVisible({ timeout: 20_000 });
  // In one step each: the placeholder is swapped for the drawn chart as it arrives, which
  // detaches the element a two-step scrollIntoViewIfNeeded holds.
  const count = await figures.count();
  for (let at = 0; at < count; at++)
    await figures.nth(at).evaluate((element) => element.scrollIntoView({ block: "center" }));
  await expect(lines.first()).toBeAttached({ timeout: 20_000 });
  const strokes = await lines.evaluateAll((paths) =>
    paths.map((path) => path.getAttribute("stroke") ?? ""),
  );
  return [...new Set(strokes.filter((stroke) => stroke.startsWith("#")))];
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test("no stance colour shares a hue with a party colour", async ({ page }) => {
      const stances = (await stanceColours(page))
        .map(hueOf)
        .filter((colour) => colour.saturation >= 0.2);
      const parties = (await partyColours(page)).map(hueOf);
      // The default dataset's four parties, and at least the two ends of the stance ramp.
      expect(parties.length).toBeGreaterThanOrEqual(4);
      expect(stances.length).toBeGreaterThanOrEqual(2);
      for (const stance of stances) {
        for (const party of parties) {
          expect(hueDistance(stance.hue, party.hue)).toBeGreaterThanOrEqual(25);
        }
      }
    });
  });
}
