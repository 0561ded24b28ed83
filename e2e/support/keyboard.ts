// Keyboard-only helpers: move focus with Tab alone and read what holds it.
import type { Locator, Page } from "@playwright/test";

// Presses Tab until `target` has focus; fails after `limit` presses.
export async function tabTo(page: Page, target: Locator, limit = 200): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

// What is wrong with where the focused element sits, or null: it must lie in the viewport and
// be the element drawn at its centre (or inside it, or its label), not covered by a sticky
// header, a drawer or anything else (WCAG 2.2, 2.4.11 Focus Not Obscured).
export function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return null;
    const name = `${focused.tagName.toLowerCase()} "${(focused.getAttribute("aria-label") ?? focused.textContent ?? "").trim().slice(0, 50)}"`;
    const rect = focused.getBoundingClientRect();
    // The part of it inside the viewport: a region taller than the screen (the matrix, which
    // grows with the page) shows its top when focused, and that is where focus is seen.
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, window.innerWidth);
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, window.innerHeight);
    if (left >= right || top >= bottom)
      return `${name} is focused outside the viewport (${Math.round(rect.left)}, ${Math.round(rect.top)})`;
    const x = (left + right) / 2;
    const y = (top + bottom) / 2;
    const hit = document.elementFromPoint(x, y);
    if (!hit) return `${name}: nothing drawn at its centre`;
    const labels = focused instanceof HTMLInputElement ? [...(focused.labels ?? [])] : [];
    if (focused.contains(hit) || labels.some((label) => label.contains(hit))) return null;
    return `${name} is covered by ${hit.tagName.toLowerCase()}.${hit.className}`;
  });
}
