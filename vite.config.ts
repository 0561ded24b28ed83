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

// The policy the built app runs under (SECURITY.md). Scripts, styles, fonts and fetches come only
// from Parley's own origin; images may also be data: and blob: URLs because the PNG chart export
// draws an SVG blob into a canvas. React's style={} props are set through the CSSOM, which
// style-src does not govern, so no 'unsafe-inline' is needed.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

// Only the build gets the policy: the dev server injects inline scripts for hot reloading.
function contentSecurityPolicy(): Plugin {
  return {
    name: "parley:content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

// The default dataset's id is known at build time, so the URL and the library can name it
// before its file (fetched beside the script) has arrived: src/data/defaultDataset.ts.
const DEFAULT_DATASET_ID = (
  JSON.parse(readFileSync(DEFAULT_DATASET, "utf8")) as { meta: { id: string } }
).meta.id;

export default defineConfig(({ isSsrBuild }) => ({
  define: { __DEFAULT_DATASET_ID__: JSON.stringify(DEFAULT_DATASET_ID) },
  plugins: [react(), validateDefaultDataset(), contentSecurityPolicy()],
  build: isSsrBuild
    ? // The prerender's own bundle (scripts/prerender.mjs runs it once, at build time).
      { outDir: "dist-ssr", emptyOutDir: true }
    : {
        outDir: "dist",
        rolldownOptions: {
          output: {
            // Everything the first view imports goes in one chunk: split into several (as Rolldown
            // does for modules the lazy views share), each compresses on its own and the first
            // view downloads about 1.3 KB more (BENCHMARKS.md, bundle).
            // The app's start (loaded right after the first paint) is one chunk with everything
            // it imports statically (includeDependenciesRecursively, the default): split with
            // the lazy views it shares modules with, it came to 17 chunks and 4 KB more.
            codeSplitting: {
              groups: [
                { name: "index", tags: ["$initial"], priority: 2 },
                { name: "start", test: /[\\/]src[\\/]start\.tsx$/, priority: 1 },
              ],
            },
          },
        },
      },
  preview: { port: 4173, strictPort: true },
  test: {
    // Unit tests cover pure domain code and scripts, so Node is enough; no DOM emulation.
    environment: "node",
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    // Provides the default dataset as main.tsx does in the browser.
    setupFiles: ["src/testSetup.ts"],
  },
}));
