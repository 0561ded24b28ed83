// A downloaded picture as OWID Grapher's captioned charts make it (captionedChart/,
// footer/Footer.tsx): a header (title, dates, filters, notes such as the scale's poles), the
// picture itself, and a footer (the event key, the source line, the view's link), so an image
// pasted into a slide still says where it came from and what it shows. Pure string building:
// the picture arrives as markup, and every text here is escaped and made XML-safe.
import type { ExportCredit } from "../../domain/export/exportCredit";
import { toXmlSafeText } from "./xmlText";

export interface SvgBlock {
  // SVG markup drawn from (0, 0), classed for IMAGE_STYLE.
  markup: string;
  width: number;
  height: number;
}

export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

export interface CaptionedSvgInput {
  credit: ExportCredit;
  // Lines between the filters and the picture: how to read it (the poles, a note).
  notes: readonly string[];
  // Lines under the picture, before the source: the numbered events drawn on it.
  eventKey: readonly string[];
  body: SvgBlock;
  // The <desc>: what the picture shows, in a sentence or two, for screen readers and search.
  description: string;
}

const PAD = 16;
const MIN_WIDTH = 560;
// An average glyph is about 0.55 em wide in a sans-serif (0.62 in bold, and capitals run
// wider); exact widths would need a browser, so lines wrap a little early rather than late.
const GLYPH_EM = { title: 0.64, sub: 0.56, note: 0.56, foot: 0.56 } as const;
const LINE = { title: 18, sub: 13, note: 12, foot: 11 } as const;
type LineKind = keyof typeof LINE;

// The one style block of every exported picture: a light image whatever the theme on screen,
// with the chart's own classes (Recharts' and Parley's) given their colours here rather than
// copied onto each element.
export const IMAGE_STYLE = `
text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; fill: #1b1b1b; }
.p-bg { fill: #ffffff; }
.p-title { font-size: 18px; font-weight: 700; }
.p-sub { font-size: 13px; }
.p-note { font-size: 12px; fill: #444444; }
.p-foot { font-size: 11px; fill: #444444; }
.p-link { fill: #1a5a9c; }
.p-panel-title { font-size: 13px; font-weight: 700; }
.p-rule { stroke: #d0d0d0; stroke-width: 1; }
.p-cell { fill: #ffffff; stroke: #c8c8c8; stroke-width: 1; }
.p-head { fill: #f2f2f2; stroke: #c8c8c8; stroke-width: 1; }
.p-changed { fill: #fff4d6; stroke: #b07d00; stroke-width: 2; }
.p-cell-text { font-size: 12px; }
.p-cell-head { font-size: 12px; font-weight: 700; }
.p-cell-muted { font-size: 11px; fill: #555555; }
.recharts-cartesian-axis-line, .recharts-cartesian-axis-tick-line { stroke: #8a8a8a; }
.recharts-cartesian-axis-tick-value, .timeline-stance-label { fill: #1b1b1b; }
line.timeline-grid { stroke: #e4e4e4; }
.timeline-event-line line { stroke: #6b6b6b; }
.timeline-event-line text { fill: #444444; }
.timeline-gap-line .recharts-curve, .timeline-gap-line { stroke: #1b1b1b; }
.timeline-gap-marker { fill: #1b1b1b; stroke: #ffffff; stroke-width: 1px; }
`;

// Returns `text` escaped for an XML text node or attribute value, forbidden characters replaced.
export function escapeXml(text: string): string {
  return toXmlSafeText(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

// Breaks `text` into lines of at most `maxChars` characters at spaces; a word longer than a
// line is cut, so no line runs off the picture.
export function wrapText(text: string, maxChars: number): string[] {
  const limit = Math.max(8, Math.floor(maxChars));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((part) => part !== "")) {
    let rest = word;
    while (rest.length > limit) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, limit));
      line = "";
      rest = rest.slice(limit);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= limit) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// Returns the whole picture as an SVG document.
export function captionedSvg(input: CaptionedSvgInput): ExportedSvg {
  const { credit, body } = input;
  const width = Math.max(MIN_WIDTH, Math.ceil(body.width) + 2 * PAD);
  const textWidth = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const write = (text: string, kind: LineKind, extraClass = "") => {
    for (const line of wrapText(text, textWidth / (LINE[kind] * GLYPH_EM[kind]))) {
      y += LINE[kind] + 4;
      parts.push(
        `<text class="p-${kind}${extraClass}" x="${PAD}" y="${y - 4}">${escapeXml(line)}</text>`,
      );
    }
  };
  write(credit.title, "title");
  write(credit.dateLine, "sub");
  for (const line of credit.filterLines) write(line, "note");
  for (const line of input.notes) write(line, "note");
  y += 8;
  parts.push(`<g transform="translate(${PAD} ${y})">${body.markup}</g>`);
  y += body.height + 12;
  parts.push(`<line class="p-rule" x1="${PAD}" x2="${width - PAD}" y1="${y}" y2="${y}"/>`);
  y += 4;
  for (const line of input.eventKey) write(line, "foot");
  write(credit.sourceLine, "foot");
  write(credit.link, "foot", " p-link");
  const height = Math.ceil(y + PAD);
  const text = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="p-title p-desc">`,
    `<title id="p-title">${escapeXml(`${credit.title} (${credit.dateLine})`)}</title>`,
    `<desc id="p-desc">${escapeXml(`${input.description} ${credit.sourceLine}.`)}</desc>`,
    `<style>${IMAGE_STYLE}</style>`,
    `<rect class="p-bg" width="${width}" height="${height}"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
  return { text, width, height };
}
