// A chart with its caption, its downloads and its data table. The chart itself is the
// children: each element marked data-export-title holds one Recharts <svg> to export, and
// carries its own accessible name (role="img"), so tooltips beside it stay interactive.
// A download is the chart captioned (src/ui/export/captionedSvg.ts): title, dates, filters,
// how to read it, the event key, the source and the link.
import { type ReactNode, useId, useRef, useState } from "react";
import { buildCredit } from "../../domain/export/exportCredit";
import { type CreditWindow, useCreditInput } from "../../state/useCreditInput";
import { downloadBlob, downloadText, exportFilename } from "../../ui/download";
import { captionedSvg } from "../../ui/export/captionedSvg";
import { svgToPng } from "../../ui/export/svgToPng";
import { chartBody, type ExportPanel, type LegendEntry } from "./svgExport";

interface ChartFigureProps {
  caption: string;
  datasetId: string;
  // The middle of the file name, e.g. "timeline-territory".
  fileView: string;
  legend: readonly LegendEntry[];
  // How to read the picture, under its filters (the scale's poles, the gap's meaning).
  notes: readonly string[];
  // The events drawn, numbered as on the chart ("1 · 12 June 2024: Talks in Istanbul").
  eventKey: readonly string[];
  // What the chart shows in a sentence, for the file's <desc>.
  description: string;
  // The chart's time axis: the dates the picture credits.
  window: CreditWindow;
  // Rendered only while the table is open, so hidden tables of thousands of rows cost nothing.
  renderTable(): ReactNode;
  onExportError(message: string): void;
  children: ReactNode;
}

export function ChartFigure(props: ChartFigureProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const [isTableOpen, setTableOpen] = useState(false);
  const ids = useId();
  const creditInput = useCreditInput();

  const exportSvg = () => {
    const host = chartRef.current;
    if (!host) return null;
    const panels: ExportPanel[] = [];
    for (const panel of host.querySelectorAll<HTMLElement>("[data-export-title]")) {
      const svg = panel.querySelector<SVGSVGElement>("svg.recharts-surface");
      const note = panel.dataset.exportNote ?? null;
      if (svg) panels.push({ title: panel.dataset.exportTitle ?? "", note, svg });
    }
    return captionedSvg({
      credit: buildCredit(creditInput(props.caption, props.window)),
      notes: props.notes,
      eventKey: props.eventKey,
      body: chartBody(panels, props.legend),
      description: props.description,
    });
  };
  const filename = (extension: string) =>
    exportFilename(props.datasetId, props.fileView, new Date(), extension);
  const downloadSvg = () => {
    const svg = exportSvg();
    if (svg) downloadText(filename("svg"), svg.text, "image/svg+xml");
  };
  const downloadPng = async () => {
    const svg = exportSvg();
    if (!svg) return;
    try {
      downloadBlob(filename("png"), await svgToPng(svg));
    } catch (error) {
      props.onExportError(`Could not make the PNG: ${String(error)}`);
    }
  };

  return (
    <figure className="timeline-figure" aria-labelledby={`${ids}-caption`}>
      <figcaption id={`${ids}-caption`}>{props.caption}</figcaption>
      <div className="timeline-chart" ref={chartRef}>
        {props.children}
      </div>
      <div className="timeline-figure-actions">
        <button
          type="button"
          aria-expanded={isTableOpen}
          aria-controls={`${ids}-table`}
          onClick={() => setTableOpen(!isTableOpen)}
        >
          {isTableOpen ? "Hide data table" : "Show data table"}
        </button>
        <button type="button" onClick={downloadPng}>
          Download PNG
        </button>
        <button type="button" onClick={downloadSvg}>
          Download SVG
        </button>
      </div>
      <div id={`${ids}-table`} hidden={!isTableOpen}>
        {isTableOpen ? props.renderTable() : null}
      </div>
    </figure>
  );
}
