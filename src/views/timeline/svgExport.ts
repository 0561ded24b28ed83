// Turns the charts on screen into the picture of a standalone SVG or PNG file, with no
// library: each Recharts <svg> is cloned with its classes (the picture's one style block,
// IMAGE_STYLE, colours them), its inline styles and focus stops dropped.
import type { SvgBlock } from "../../ui/export/captionedSvg";
import { escapeXml, wrapText } from "../../ui/export/captionedSvg";
import { makeXmlSafe } from "../../ui/export/xmlText";
import { type MarkerShape, markerPath } from "../../ui/markerShapes";

export interface ExportPanel {
  title: string;
  // Said under the panel's title when the panel has nothing drawn (the gap of a pair that
  // never both held a clear stance), as the screen says it.
  note: string | null;
  svg: SVGSVGElement;
}

export interface LegendEntry {
  label: string;
  color: string;
  shape: MarkerShape;
}

const PANEL_TITLE_SIZE = 13;
const NOTE_SIZE = 12;
const LEGEND_SIZE = 12;

// Returns the panels one under another, each under its heading when there are several, then
// the party legend.
export function chartBody(
  panels: readonly ExportPanel[],
  legend: readonly LegendEntry[],
): SvgBlock {
  const width = Math.max(320, ...panels.map((panel) => panel.svg.clientWidth));
  const parts: string[] = [];
  let y = 0;
  for (const panel of panels) {
    if (panels.length > 1) {
      y += PANEL_TITLE_SIZE + 4;
      parts.push(textLine(panel.title, 0, y, "p-panel-title"));
      y += 6;
    }
    const panelWidth = panel.svg.clientWidth || width;
    for (const line of panel.note ? wrapText(panel.note, panelWidth / (NOTE_SIZE * 0.56)) : []) {
      y += NOTE_SIZE + 4;
      parts.push(textLine(line, 0, y, "p-note"));
    }
    if (panel.note) y += 6;
    parts.push(`<g transform="translate(0 ${y})">${cloneChart(panel.svg)}</g>`);
    y += panel.svg.clientHeight + 8;
  }
  let x = 0;
  if (legend.length > 0) y += 4;
  for (const entry of legend) {
    const d = markerPath(entry.shape, x + 6, y + 8, 10);
    parts.push(`<path d="${escapeXml(d)}" fill="${escapeXml(entry.color)}"/>`);
    x += 16;
    parts.push(textLine(entry.label, x, y + 12, "p-note"));
    // An average glyph is about 0.6 em wide; exact widths would need the text in the page.
    x += entry.label.length * LEGEND_SIZE * 0.6 + 16;
  }
  if (legend.length > 0) y += 20;
  return { markup: parts.join("\n"), width: Math.max(width, x), height: y };
}

function textLine(text: string, x: number, y: number, className: string): string {
  return `<text class="${className}" x="${x}" y="${y}">${escapeXml(text)}</text>`;
}

// The chart's markup, as drawn, without what only the page needs.
function cloneChart(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const element of [clone, ...clone.querySelectorAll("*")]) {
    element.removeAttribute("style");
    element.removeAttribute("tabindex");
    element.removeAttribute("role");
  }
  clone.setAttribute("width", String(svg.clientWidth));
  clone.setAttribute("height", String(svg.clientHeight));
  // Names and labels come from the dataset; the serializer would write forbidden characters
  // as they are and produce a file no XML parser (nor the PNG step) can read.
  makeXmlSafe(clone);
  return new XMLSerializer().serializeToString(clone);
}
