// Turns the charts on screen into standalone SVG and PNG files, with no library: the clone
// carries its computed styles inline, since the page's CSS (and its variables) stays behind.
import { type MarkerShape, markerPath } from "../../ui/markerShapes";
import { makeXmlSafe } from "./xmlText";

export interface ExportPanel {
  title: string;
  svg: SVGSVGElement;
}

export interface LegendEntry {
  label: string;
  color: string;
  shape: MarkerShape;
}

export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

const SVG_NS = "http://www.w3.org/2000/svg";
// The properties that decide how a chart looks; the rest of the cascade is left out to keep
// files small.
const STYLE_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
];
const PAD = 16;
const TITLE_SIZE = 16;
const PANEL_TITLE_SIZE = 13;

// Returns one SVG document: the title, each panel under its own heading, then the legend.
export function composeSvg(
  title: string,
  panels: readonly ExportPanel[],
  legend: readonly LegendEntry[],
  host: Element,
): ExportedSvg {
  const hostStyle = getComputedStyle(host);
  const textColor = hostStyle.color;
  const fontFamily = hostStyle.fontFamily;
  const width = Math.max(320, ...panels.map((panel) => panel.svg.clientWidth)) + 2 * PAD;
  const root = document.createElementNS(SVG_NS, "svg");
  root.setAttribute("xmlns", SVG_NS);
  root.setAttribute("font-family", fontFamily);
  const background = root.appendChild(document.createElementNS(SVG_NS, "rect"));
  background.setAttribute("fill", pageBackground(host));
  let y = PAD;
  y += addText(root, title, PAD, y + TITLE_SIZE, TITLE_SIZE, textColor, "bold") + 8;
  for (const panel of panels) {
    if (panels.length > 1) {
      y += addText(
        root,
        panel.title,
        PAD,
        y + PANEL_TITLE_SIZE,
        PANEL_TITLE_SIZE,
        textColor,
        "bold",
      );
    }
    const clone = cloneWithStyles(panel.svg);
    clone.setAttribute("x", String(PAD));
    clone.setAttribute("y", String(y));
    root.appendChild(clone);
    y += panel.svg.clientHeight + 8;
  }
  let x = PAD;
  for (const entry of legend) {
    const marker = root.appendChild(document.createElementNS(SVG_NS, "path"));
    marker.setAttribute("d", markerPath(entry.shape, x + 6, y + 8, 10));
    marker.setAttribute("fill", entry.color);
    x += 16;
    x += addText(root, entry.label, x, y + 12, 12, textColor, "normal", true) + 16;
  }
  const height = y + (legend.length > 0 ? 16 : 0) + PAD;
  for (const [name, value] of [
    ["width", width],
    ["height", height],
  ] as const) {
    root.setAttribute(name, String(value));
    background.setAttribute(name, String(value));
  }
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  // Names and labels come from the dataset; the serializer would write forbidden characters
  // as they are and produce a file no XML parser (nor the PNG step) can read.
  makeXmlSafe(root);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
  return { text, width, height };
}

// Returns a PNG of the SVG at twice its size, drawn by the browser itself through a canvas.
export async function svgToPng(svg: ExportedSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw on a canvas");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("no PNG made"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function cloneWithStyles(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((original, index) => {
    const copy = copies[index];
    if (!copy) return;
    const computed = getComputedStyle(original);
    // Through the CSSOM, not setAttribute("style"): the Content-Security-Policy blocks style
    // attributes written as markup, but not properties set on element.style.
    const style = (copy as SVGElement).style;
    for (const name of STYLE_PROPERTIES) style.setProperty(name, computed.getPropertyValue(name));
    copy.removeAttribute("class");
  });
  clone.setAttribute("width", String(svg.clientWidth));
  clone.setAttribute("height", String(svg.clientHeight));
  return clone;
}

// Returns the height the text takes, or its approximate width when asked for the width.
function addText(
  root: SVGSVGElement,
  content: string,
  x: number,
  y: number,
  size: number,
  color: string,
  weight: string,
  returnWidth = false,
): number {
  const text = root.appendChild(document.createElementNS(SVG_NS, "text"));
  text.textContent = content;
  text.setAttribute("x", String(x));
  text.setAttribute("y", String(y));
  text.setAttribute("font-size", String(size));
  text.setAttribute("font-weight", weight);
  text.setAttribute("fill", color);
  // An average glyph is about 0.6 em wide; exact widths would need the text in the page.
  return returnWidth ? content.length * size * 0.6 : size + 6;
}

// The first ancestor with an opaque background, so dark mode exports stay dark.
function pageBackground(host: Element): string {
  for (let element: Element | null = host; element; element = element.parentElement) {
    const color = getComputedStyle(element).backgroundColor;
    if (color && color !== "transparent" && !color.endsWith(", 0)")) return color;
  }
  return "#ffffff";
}
