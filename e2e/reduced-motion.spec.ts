// Flow: someone who asked their system for reduced motion sees nothing move, on any screen;
// and the result counts are announced to screen readers as they change.
import { dataset, openFilters } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";
import { tourEveryScreen } from "./support/tour";

test("with reduced motion asked for, nothing on any screen animates", async ({ page }) => {
  test.setTimeout(60_000);
  await page.emulateMedia({ reducedMotion: "reduce" });
  const moving: string[] = [];
  await tourEveryScreen(page, async (screen) => {
    const found = await page.evaluate(() => {
      const seconds = (text: string) =>
        Math.max(...text.split(",").map((part) => Number.parseFloat(part) || 0));
      const animated = [...document.querySelectorAll<Element>("*")].filter((element) => {
        const style = getComputedStyle(element);
        const hasTransition =
          seconds(style.transitionDuration) > 0 && style.transitionProperty !== "none";
        const hasAnimation = seconds(style.animationDuration) > 0 && style.animationName !== "none";
        return hasTransition || hasAnimation;
      });
      // CSS transitions and animations, and Web Animations. Recharts animates from script
      // instead; its charts are drawn with isAnimationActive={false}, which this cannot see.
      return [
        ...animated.map((element) => `${element.tagName}.${element.getAttribute("class")}`),
        ...document.getAnimations().map((animation) => `running animation ${animation.id}`),
      ];
    });
    moving.push(...found.map((each) => `${screen}: ${each}`));
  });
  expect(moving).toEqual([]);
});

test("the result count is a live status that changes with the filters", async ({ page }) => {
  const issue = dataset.issues[0];
  if (!issue) throw new Error("the dataset has no issues");
  const expected = dataset.statements.filter((statement) => statement.issueId === issue.id).length;
  await page.goto("/");
  const total = dataset.statements.length;
  const status = page.getByRole("status").filter({ hasText: `of ${total} statements` });
  await expect(status).toHaveText(`${total} of ${total} statements`);
  await openFilters(page);
  await page.getByRole("checkbox", { name: issue.name, exact: true }).check();
  await expect(status).toHaveText(`${expected} of ${total} statements`);
});
