import { describe, expect, it } from "vitest";
import { findE2eAppImports } from "./e2eAppImports";

describe("findE2eAppImports", () => {
  it("allows packages, e2e helpers, fixtures and type-only imports from src", () => {
    const text = [
      'import { expect, test } from "@playwright/test";',
      'import { openFilters } from "./support/matrixSupport";',
      'import type { Dataset } from "../src/domain/schema";',
      'import type {\n  Issue,\n  Statement,\n} from "../../src/domain/schema";',
      'export type { Dataset } from "../src/domain/schema";',
    ].join("\n");
    expect(findE2eAppImports([{ path: "e2e/a.spec.ts", text }])).toEqual([]);
  });

  it("reports value imports, re-exports and dynamic imports of src, with their lines", () => {
    const text = [
      'import { test } from "@playwright/test";',
      'import { filterStatements } from "../src/domain/filterStatements";',
      'import {\n  countText,\n} from "../src/domain/statementText";',
      'export { NO_STANCE } from "../src/domain/statementText";',
      'const m = await import("../src/domain/csv");',
    ].join("\n");
    expect(findE2eAppImports([{ path: "e2e/x.spec.ts", text }])).toEqual([
      { path: "e2e/x.spec.ts", line: 2, specifier: "../src/domain/filterStatements" },
      { path: "e2e/x.spec.ts", line: 3, specifier: "../src/domain/statementText" },
      { path: "e2e/x.spec.ts", line: 6, specifier: "../src/domain/statementText" },
      { path: "e2e/x.spec.ts", line: 7, specifier: "../src/domain/csv" },
    ]);
  });

  it("resolves the path from the importing file, so ../src from e2e/support is not src", () => {
    const text = 'import { x } from "../src/thing";';
    expect(findE2eAppImports([{ path: "e2e/support/x.ts", text }])).toEqual([]);
  });
});
