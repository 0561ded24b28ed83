// Every end-to-end test ends by asserting the page logged no console errors and threw no
// uncaught errors (STYLE.md, Tests). Specs import `test` and `expect` from here, not from
// @playwright/test, so the check cannot be forgotten.
import { test as base, expect, type Page } from "@playwright/test";

export type PageErrors = {
  // Console errors and uncaught page errors seen so far, in the order they happened.
  readonly messages: readonly string[];
  // Removes and returns the messages matching `pattern`: for tests that cause an error on
  // purpose and check it was reported.
  consume(pattern: RegExp): string[];
  // Fails the test, listing every error, if any were seen.
  expectNone(): void;
};

// Starts recording console errors, uncaught exceptions and Content-Security-Policy violations
// on `page`. Violations are reported from inside the page (securitypolicyviolation events) as
// well as from Chromium's own console line, so neither path can go unnoticed.
export async function collectPageErrors(page: Page): Promise<PageErrors> {
  const messages: string[] = [];
  await page.exposeFunction("__parleyReportCsp", (report: string) => {
    messages.push(`CSP violation: ${report}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`;
      (window as unknown as { __parleyReportCsp(report: string): void }).__parleyReportCsp(report);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" || /Content.Security.Policy/i.test(message.text())) {
      const { url, lineNumber } = message.location();
      messages.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ""}`);
    }
  });
  page.on("pageerror", (error) => {
    messages.push(`uncaught ${error.name}: ${error.message}`);
  });
  waitForTheAppAfterLoading(page);
  return {
    messages,
    consume(pattern) {
      const matching = messages.filter((message) => pattern.test(message));
      const rest = messages.filter((message) => !pattern.test(message));
      messages.splice(0, messages.length, ...rest);
      return matching;
    },
    expectNone() {
      expect(messages, "the page logged errors").toEqual([]);
    },
  };
}

// The built page shows the prerendered matrix at once and its script takes the page over just
// after the first paint (src/main.tsx); until then its controls do nothing, and a file set on
// an input, or a node a test adds, would be lost to the takeover. A person waits for the page
// to answer; these steps wait for that moment (App removes `data-prerendered` from #root), on
// every page this module watches. Other pages (an embed's host) have no such root: no wait.
function waitForTheAppAfterLoading(page: Page): void {
  const untilLive = () =>
    page.waitForFunction(() => document.querySelector("#root[data-prerendered]") === null);
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (...args: Parameters<Page["goto"]>) => {
    const response = await goto(...args);
    await untilLive();
    return response;
  };
  page.reload = async (...args: Parameters<Page["reload"]>) => {
    const response = await reload(...args);
    await untilLive();
    return response;
  };
}

export const test = base.extend<{ pageErrors: PageErrors }>({
  // auto: true records errors in every test, even those that never mention pageErrors.
  pageErrors: [
    async ({ page }, use) => {
      const pageErrors = await collectPageErrors(page);
      await use(pageErrors);
      pageErrors.expectNone();
    },
    { auto: true },
  ],
});

export { expect };
