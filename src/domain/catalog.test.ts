import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findPublished, publishedKey, readPublishedKey } from "./catalog";
import { parseCatalog } from "./catalogFile";

const riverland = { id: "riverland", version: "1", title: "Riverland", file: "riverland-v1.json" };

describe("parseCatalog", () => {
  it("reads whole entries, the built-in one without a file", () => {
    const builtIn = { id: "talks", version: "2.0.0", title: "Talks", file: null };
    expect(parseCatalog({ datasets: [builtIn, riverland] })).toEqual({
      ok: true,
      entries: [builtIn, riverland],
    });
  });

  it.each([
    [null, "the catalog has no “datasets” list"],
    [{ datasets: {} }, "the catalog has no “datasets” list"],
    [{ datasets: [{ ...riverland, version: "" }] }, "entry 1 of the catalog is malformed"],
    [
      { datasets: [riverland, { ...riverland, file: "../secrets.json" }] },
      "entry 2 of the catalog is malformed",
    ],
    [
      { datasets: [{ ...riverland, file: "https://evil.example/x.json" }] },
      "entry 1 of the catalog is malformed",
    ],
    [{ datasets: [{ ...riverland, file: "x.js" }] }, "entry 1 of the catalog is malformed"],
    [{ datasets: [riverland, riverland] }, "the catalog lists riverland v1 twice"],
    [
      { datasets: Array.from({ length: 201 }, (_, i) => ({ ...riverland, version: String(i) })) },
      "the catalog lists more than 200 datasets",
    ],
  ])("refuses %j with a reason", (json, reason) => {
    expect(parseCatalog(json)).toEqual({ ok: false, reason });
  });
});

describe("published keys", () => {
  it("round-trips id and version, an id holding '@' too", () => {
    expect(publishedKey("riverland", "1")).toBe("published:riverland@1");
    expect(readPublishedKey("published:riverland@1")).toEqual({ id: "riverland", version: "1" });
    expect(readPublishedKey(publishedKey("a@b", "2.0"))).toEqual({ id: "a@b", version: "2.0" });
  });

  it("reads no other key", () => {
    expect(readPublishedKey("riverland")).toBeNull();
    expect(readPublishedKey("published:riverland")).toBeNull();
    expect(readPublishedKey("published:riverland@")).toBeNull();
  });
});

describe("findPublished", () => {
  const v2 = { ...riverland, version: "2", file: "riverland-v2.json" };
  it("finds the version a link pins, else the first listed", () => {
    expect(findPublished([riverland, v2], "riverland", "2")).toBe(v2);
    expect(findPublished([riverland, v2], "riverland", null)).toBe(riverland);
    expect(findPublished([riverland, v2], "riverland", "3")).toBeUndefined();
  });
});

describe("the site's catalog", () => {
  it("lists the built-in dataset first, as bundled", () => {
    const catalog = parseCatalog(JSON.parse(readFileSync("public/data/catalog.json", "utf8")));
    const meta = JSON.parse(readFileSync("data/russia-ukraine.json", "utf8")).meta;
    expect(catalog.ok && catalog.entries[0]).toEqual({
      id: meta.id,
      version: meta.version,
      title: meta.title,
      file: null,
    });
  });
});
