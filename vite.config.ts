import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { formatProblem, parseDataset } from "./src/domain/validate";

const DEFAULT_DATASET = "data/russia-ukraine.json";

// The default dataset is validated here, at build time, so the first view ships it without the
// schema library: zod loads only when a user imports a file.
function validateDefaultDataset(): Plugin {
  return {
    name: "parley:validate-default-dataset",
    buildStart() {
      this.addWatchFile(DEFAULT_DATASET);
      const result = parseDataset(JSON.parse(readFileSync(DEFAULT_DATASET, "utf8")));
      if (!result.ok)
        this.error(
          `${DEFAULT_DATASET} is not valid:\n${result.problems.map(formatProblem).join("\n")}`,
        );
    },
  };
}

export default defineConfig({
  plugins: [react(), validateDefaultDataset()],
  build: { outDir: "dist" },
  preview: { port: 4173, strictPort: true },
  test: {
    // Unit tests cover pure domain code and scripts, so Node is enough; no DOM emulation.
    environment: "node",
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
  },
});
