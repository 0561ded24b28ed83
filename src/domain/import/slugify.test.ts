import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

describe("slugify", () => {
  it.each([
    ["Latin with accents", "Çavuşoğlu Talks", "cavusoglu-talks"],
    ["Russian", "Переговоры о мире", "peregovory-o-mire"],
    ["Ukrainian", "Київ і Львів", "kiyiv-i-lviv"],
    ["Greek", "Ειρήνη", "eirini"],
    ["emoji beside words", "🌊 River talks 🌊", "river-talks"],
    ["emoji only", "🌊🕊", "u1f30a-1f54a"],
    ["another script", "和平", "u548c-5e73"],
    ["punctuation only", "!!", "x"],
  ])("%s: %s → %s", (_name, name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("gives a valid id of at most 80 characters", () => {
    const slug = slugify("a ".repeat(100));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*[a-z0-9]$/);
  });
});
