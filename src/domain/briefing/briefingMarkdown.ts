// The briefing as a Markdown file with footnoted citations: each source is one footnote,
// numbered in order of first use, so a quote's [^n] always has its definition at the end.
import type { Briefing, Citation } from "./briefing";

// Returns the Markdown text of the briefing.
export function briefingMarkdown(briefing: Briefing): string {
  const notes = new Footnotes();
  const out: string[] = [];
  out.push(`# ${inline(briefing.title)}`, "");
  out.push(`${inline(briefing.dataset)} · ${inline(briefing.dateLine)}`, "");
  for (const line of briefing.filterLines) out.push(`- ${inline(line)}`);
  out.push("", `[Open this view in Parley](${linkTarget(briefing.link)})`, "");

  out.push("## Positions", "", ...table(briefing.matrix), "");

  if (briefing.changes) {
    out.push(`## ${inline(briefing.changes.heading)}`, "");
    if (briefing.changes.lines.length === 0) out.push("Nothing changed.");
    for (const line of briefing.changes.lines) out.push(`- ${inline(line)}`);
    out.push("");
  }

  if (briefing.deal) {
    out.push("## Deal space", "", inline(briefing.deal.headline), "");
    for (const line of briefing.deal.lines) out.push(`- ${inline(line)}`);
    if (briefing.deal.alerts.length > 0) {
      out.push("", "Alerts:", "");
      for (const alert of briefing.deal.alerts) out.push(`- ${inline(alert)}`);
    }
    out.push("");
  }

  out.push("## Quotes", "");
  if (briefing.quotes.length === 0) out.push("No cell shown has a statement.", "");
  for (const quote of briefing.quotes) {
    const mark = `[^${notes.numberOf(quote.citation)}]`;
    out.push(`### ${inline(quote.cell)}`, "");
    out.push(`**${inline(quote.stance)}** (${inline(quote.provenance)})`, "");
    for (const note of quote.notes) out.push(`- ${inline(note)}`);
    if (quote.notes.length > 0) out.push("");
    out.push(
      quote.quote === null
        ? `Summary (no verbatim quote): ${inline(quote.summary)}`
        : `> “${inline(quote.quote)}”`,
      "",
      `${inline(quote.speaker)}, ${inline(quote.date)}${mark}`,
      "",
    );
  }

  out.push(`${inline(briefing.sourceLine)}.`, "");
  for (const [citation, number] of notes.all()) {
    out.push(`[^${number}]: ${citationText(citation)}`);
  }
  return `${out.join("\n").trimEnd()}\n`;
}

// "Outlet, “Headline”, 8 November 2024, <https://…>": the footnote's text.
export function citationText(citation: Citation): string {
  const line = `${inline(citation.outlet)}, “${inline(citation.headline)}”, ${inline(citation.date)}`;
  return citation.url ? `${line}, <${linkTarget(citation.url)}>` : line;
}

class Footnotes {
  private readonly numbers = new Map<string, { citation: Citation; number: number }>();

  numberOf(citation: Citation): number {
    const key = JSON.stringify([citation.outlet, citation.headline, citation.date, citation.url]);
    const known = this.numbers.get(key);
    if (known) return known.number;
    const number = this.numbers.size + 1;
    this.numbers.set(key, { citation, number });
    return number;
  }

  all(): [Citation, number][] {
    return [...this.numbers.values()].map(({ citation, number }) => [citation, number]);
  }
}

function table({ corner, columns, rows }: Briefing["matrix"]): string[] {
  const row = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [
    row([corner, ...columns]),
    row([corner, ...columns].map(() => "---")),
    ...rows.map((line) => row([line.label, ...line.cells])),
  ];
}

// A table cell: a pipe would end it, a line break the row.
function cell(text: string): string {
  return inline(text).replaceAll("|", "\\|");
}

// One line of text: dataset words may hold line breaks, which would end a list item or a
// quote, and Markdown's own marks, which would format it; both are neutralised.
function inline(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, " ")
    .replace(/([\\`*_[\]<>#])/g, "\\$1")
    .replace(/^([-+]|\d+\.)(\s)/, "\\$1$2");
}

// A link target inside <…> or (…): spaces and brackets percent-encoded, so it cannot end early.
function linkTarget(url: string): string {
  return url.replace(
    /[\s<>()]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}
