// Reads a downloaded SVG as an XML parser does, in a blank page (the app's CSP would report
// nothing here, and the file must stand alone): its well-formedness, title, description, style
// blocks, inline styles and every line of text it draws.
import type { Page } from "@playwright/test";

export interface SvgFacts {
  root: string;
  parseError: string | null;
  title: string;
  desc: string;
  styleBlocks: number;
  inlineStyles: number;
  elements: number;
  texts: string[];
}

export async function readSvg(page: Page, text: string): Promise<SvgFacts> {
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      const all = [...doc.getElementsByTagName("*")];
      const root = doc.documentElement;
      const direct = (name: string) =>
        [...root.children].find((child) => child.localName === name)?.textContent ?? "";
      return {
        root: root.nodeName,
        parseError: error?.textContent ?? null,
        title: direct("title"),
        desc: direct("desc"),
        styleBlocks: doc.getElementsByTagName("style").length,
        inlineStyles: all.filter((element) => element.hasAttribute("style")).length,
        elements: all.length,
        texts: [...doc.getElementsByTagName("text")].map((node) => node.textContent ?? ""),
      };
    }, text);
  } finally {
    await blank.close();
  }
}

// The header's and footer's lines are wrapped to the picture's width: joined with spaces they
// read as the sentence they were.
export function joinedText(facts: SvgFacts): string {
  return facts.texts.join(" ").replace(/\s+/g, " ");
}
