// Flow: every button, link and field on every screen is at least 24 × 24 CSS px, or has the
// spacing WCAG 2.2 (2.5.8 Target Size, Minimum) accepts instead, so a finger or an unsteady
// hand hits what it aims at.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/pageErrors";
import { tourEveryScreen } from "./support/tour";

// Returns one line per target that is too small and too close to another.
function undersizedTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const selector =
      "a[href], button, input:not([type='hidden']), select, textarea, summary, [role='button'], [role='tab'], [role='slider'], [tabindex='0']";
    const targets = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (element) =>
        element.getClientRects().length > 0 && getComputedStyle(element).visibility !== "hidden",
    );
    // A field's label is part of its target: clicking the label operates the field.
    const areaOf = (element: HTMLElement): DOMRect => {
      const own = element.getBoundingClientRect();
      const labels = element instanceof HTMLInputElement ? [...(element.labels ?? [])] : [];
      return labels.reduce((area, label) => {
        const box = label.getBoundingClientRect();
        const left = Math.min(area.left, box.left);
        const top = Math.min(area.top, box.top);
        const right = Math.max(area.right, box.right);
        const bottom = Math.max(area.bottom, box.bottom);
        return new DOMRect(left, top, right - left, bottom - top);
      }, own);
    };
    // The sentence exception: a link inside running text.
    const isInlineLink = (element: HTMLElement) =>
      element.tagName === "A" &&
      getComputedStyle(element).display === "inline" &&
      [...(element.parentElement?.childNodes ?? [])].some(
        (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== "",
      );
    const areas = targets.map(areaOf);
    const problems: string[] = [];
    targets.forEach((element, index) => {
      const area = areas[index];
      if (!area || (area.width >= MIN && area.height >= MIN) || isInlineLink(element)) return;
      // The spacing exception: a 24 px circle on the target's centre touches no other target.
      const x = area.left + area.width / 2;
      const y = area.top + area.height / 2;
      const crowded = areas.some((other, otherIndex) => {
        if (otherIndex === index || element.contains(targets[otherIndex] ?? null)) return false;
        if (targets[otherIndex]?.contains(element)) return false;
        const dx = Math.max(other.left - x, 0, x - other.right);
        const dy = Math.max(other.top - y, 0, y - other.bottom);
        return Math.hypot(dx, dy) < MIN / 2;
      });
      if (crowded) {
        const name = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim();
        problems.push(
          `${element.tagName.toLowerCase()} "${name.slice(0, 40)}" is ${Math.round(area.width)}×${Math.round(area.height)} px`,
        );
      }
    });
    return problems;
  });
}

test("every target on every screen is at least 24 × 24 px or well spaced", async ({ page }) => {
  test.setTimeout(90_000);
  const found: string[] = [];
  await tourEveryScreen(page, async (screen) => {
    for (const problem of await undersizedTargets(page)) found.push(`${screen}: ${problem}`);
  });
  expect([...new Set(found)]).toEqual([]);
});

test("the measure finds a small, crowded target", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => {
    const row = document.createElement("p");
    for (const label of ["a", "b"]) {
      const button = document.createElement("button");
      button.textContent = label;
      // Through the CSSOM: the page's CSP blocks style attributes.
      Object.assign(button.style, {
        all: "unset",
        width: "10px",
        height: "10px",
        display: "inline-block",
      });
      row.append(button);
    }
    document.querySelector("main")?.append(row);
  });
  expect(await undersizedTargets(page)).toContain('button "a" is 10×10 px');
});
