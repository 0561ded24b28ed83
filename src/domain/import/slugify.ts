// Ids made from names, for datasets built from a CSV: letters, digits and '-', as the schema's
// id pattern allows. Cyrillic and Greek are transliterated and accents dropped, so
// "Переговоры" gives "peregovory" rather than the "x" that made every such export download as
// x-dataset-….json; a name in another script (or only emoji) keeps its code points ("u6c34").

// Russian, Ukrainian and Belarusian letters (a simple, readable romanisation, not a standard's).
// biome-ignore format: the table reads best in rows
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", е: "e", ё: "e", є: "ye", ж: "zh", з: "z",
  и: "i", і: "i", ї: "yi", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r",
  с: "s", т: "t", у: "u", ў: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "",
  ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};
// biome-ignore format: the table reads best in rows
const GREEK: Record<string, string> = {
  α: "a", β: "v", γ: "g", δ: "d", ε: "e", ζ: "z", η: "i", θ: "th", ι: "i", κ: "k", λ: "l",
  μ: "m", ν: "n", ξ: "x", ο: "o", π: "p", ρ: "r", σ: "s", ς: "s", τ: "t", υ: "y", φ: "f",
  χ: "ch", ψ: "ps", ω: "o",
};

function transliterate(text: string): string {
  let out = "";
  for (const char of text) out += CYRILLIC[char] ?? GREEK[char] ?? char;
  return out;
}

const MAX_LENGTH = 80;

export function slugify(name: string): string {
  // Transliterated before accents are dropped: NFD would turn "ї" into "і" and a diaeresis.
  // Then once more, for letters that only matched without their accent (Greek "ή").
  const stripped = transliterate(name.toLowerCase().normalize("NFC"))
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
  const latin = transliterate(stripped);
  const slug = latin
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, "");
  if (slug) return slug;
  // No letter or digit Parley can spell: the first code points that are not space or
  // punctuation, in hex, still tell two names apart.
  const codes = [...name]
    .filter((char) => /[^\s\p{P}]/u.test(char))
    .slice(0, 6)
    .map((char) => (char.codePointAt(0) as number).toString(16));
  return codes.length ? `u${codes.join("-")}` : "x";
}
