import { describe, expect, it } from "vitest";
import { firstViewFiles, type Manifest } from "./bundleManifest";

const manifest: Manifest = {
  "index.html": {
    file: "assets/index.js",
    isEntry: true,
    imports: ["_shared.js"],
    dynamicImports: ["src/Lazy.tsx"],
    css: ["assets/index.css"],
  },
  "_shared.js": { file: "assets/shared.js", imports: ["_deep.js", "index.html"] },
  "_deep.js": { file: "assets/deep.js", css: ["assets/deep.css"] },
  "src/Lazy.tsx": {
    file: "assets/Lazy.js",
    imports: ["index.html", "_lazyOnly.js"],
    css: ["assets/Lazy.css"],
  },
  "_lazyOnly.js": { file: "assets/lazyOnly.js" },
};

describe("firstViewFiles", () => {
  it("takes the entry, its static imports transitively and their CSS, not dynamic imports", () => {
    expect([...firstViewFiles(manifest)].sort()).toEqual([
      "assets/deep.css",
      "assets/deep.js",
      "assets/index.css",
      "assets/index.js",
      "assets/shared.js",
    ]);
  });

  it("takes the app's start chunk, loaded right after the first paint, with its imports", () => {
    const withStart: Manifest = {
      "index.html": {
        file: "assets/index.js",
        isEntry: true,
        dynamicImports: ["_start-x.js"],
        css: ["assets/index.css"],
      },
      "_start-x.js": {
        file: "assets/start-x.js",
        name: "start",
        imports: ["_runtime.js"],
        dynamicImports: ["src/Lazy.tsx"],
      },
      "_runtime.js": { file: "assets/runtime.js" },
      "src/Lazy.tsx": { file: "assets/Lazy.js" },
    };
    expect([...firstViewFiles(withStart)].sort()).toEqual([
      "assets/index.css",
      "assets/index.js",
      "assets/runtime.js",
      "assets/start-x.js",
    ]);
  });

  it("returns nothing for a manifest without an entry", () => {
    expect(firstViewFiles({ "_a.js": { file: "assets/a.js" } }).size).toBe(0);
  });
});
