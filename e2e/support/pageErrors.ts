// Every end-to-end test ends by asserting the page logged no console errors and threw no
// uncaught errors (STYLE.md, Tests). Specs import `test` and `expect` from here, not from
// @playwright/test, so the check cannot be forgotten.
import { test as base, expect, type Page } from "@playwright/test";

export type PageErrors = {
  // Console errors and uncaught page errors seen so far, in the order they happened.
  readonly messages: readonly string[];
  // Fails the test, listing every error, if any were seen.
  expectNone(): void;
};

// Starts recording console errors and uncaught exceptions on `page`.
export function collectPageErrors(page: Page): PageErrors {
  const messages: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") {
      const { url, lineNumber } = message.location();
      messages.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ""}`);
    }
  });
  page.on("pageerror", (error) => {
    messages.push(`uncaught ${error.name}: ${error.message}`);
  });
  return {
    messages,
    expectNone() {
      expect(messages, "the page logged errors").toEqual([]);
    },
  };
}

export const test = base.extend<{ pageErrors: PageErrors }>({
  // auto: true records errors in every test, even those that never mention pageErrors.
  pageErrors: [
    async ({ page }, use) => {
      const pageErrors = collectPageErrors(page);
      await use(pageErrors);
      pageErrors.expectNone();
    },
    { auto: true },
  ],
});

export { expect };
