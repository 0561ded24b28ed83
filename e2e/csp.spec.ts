// Flow: the built app runs under its Content-Security-Policy on every screen. Violations are
// reported by the pageErrors fixture (securitypolicyviolation events and Chromium's console
// lines), which fails any test that causes one; this spec makes sure every screen is visited.
import { expect, test } from "./support/pageErrors";
import { tourEveryScreen } from "./support/tour";

test("the built page declares a strict Content-Security-Policy", async ({ page }) => {
  await page.goto("/");
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute("content");
  const directives = new Map(
    (policy ?? "").split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values.join(" ")] as const;
    }),
  );
  expect(directives.get("script-src")).toBe("'self'");
  expect(directives.get("style-src")).toBe("'self'");
  expect(directives.get("default-src")).toBe("'self'");
  expect(directives.get("connect-src")).toBe("'self'");
  expect(directives.get("object-src")).toBe("'none'");
  expect(directives.get("base-uri")).toBe("'none'");
});

test("the policy blocks injected inline script, and the block is reported", async ({
  page,
  pageErrors,
}) => {
  await page.goto("/");
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__parleyInjected = true";
    document.body.append(script);
    return (window as unknown as { __parleyInjected?: boolean }).__parleyInjected === true;
  });
  expect(ran).toBe(false);
  // Proves the fixture hears violations, so the tour below could fail.
  await expect
    .poll(() => pageErrors.consume(/CSP violation: script-src/).length)
    .toBeGreaterThan(0);
  pageErrors.consume(/Content Security Policy/);
});

test("every view, dialog, chart and download works under the policy", async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(60_000);
  const visited: string[] = [];
  await tourEveryScreen(page, async (name) => {
    visited.push(name);
    expect(pageErrors.messages, `errors at ${name}`).toEqual([]);
  });
  expect(visited).toContain("method");
});
