// Flow: someone opens a stale or mangled link; Parley says what it ignored and still works.
import { dataset, matrixTable } from "./support/matrixSupport";
import { expect, test } from "./support/pageErrors";

test("bad link parameters are dropped with a notice and the page still works", async ({ page }) => {
  const [issue] = dataset.issues;
  if (!issue) throw new Error("no issues");
  await page.goto(
    `/?view=banana&issues=${issue.id},no-such-issue&asOf=2024-13-45&compare=1900-01-01&zz=1`,
  );

  const notices = page.getByRole("status", { name: "Notices" });
  await expect(notices).toContainText("Ignored unknown view “banana”.");
  await expect(notices).toContainText("Ignored unknown issue “no-such-issue”.");
  await expect(notices).toContainText("“as of” date “2024-13-45”");
  await expect(notices).toContainText("compare date 1900-01-01");
  await expect(notices).toContainText("“zz”");

  // The good parameter survives; the bad ones leave the address bar.
  await expect(matrixTable(page).getByRole("rowheader")).toHaveText([issue.name]);
  await expect(page).toHaveURL(new RegExp(`\\?issues=${issue.id}$`));

  const dismiss = page.getByRole("button", { name: /^Dismiss notice: Ignored unknown view/ });
  await dismiss.click();
  await expect(notices).not.toContainText("banana");
  await page.getByRole("tab", { name: "Statements" }).click();
  await expect(page.getByRole("tab", { name: "Statements" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
});
