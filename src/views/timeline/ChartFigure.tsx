// A chart with its caption, its downloads and its data table. The chart itself is the
// children: each element marked data-export-title holds one Recharts <svg> to export, and
// carries its own accessible name (role="img"), so tooltips beside it stay interactive.
import { type ReactNode, useId, useRef, useState } from "react";
import { downloadBlob, downloadText, exportFilename } from "../../ui/download";
import { composeSvg, type ExportPanel, type LegendEntry, svgToPng } from "./svgExport";

interface ChartFigureProps {
  caption: string;
  datasetId: string;
  // The middle of the file name, e.g. "timeline-territory".
  fileView: string;
  legend: readonly LegendEntry[];
  // Rendered only while the table is open, so hidden tables of thousands of rows cost nothing.
  renderTable(): ReactNode;
  onExportError(message: string): void;
  children: ReactNode;
}

export function ChartFigure(props: ChartFigureProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const [isTableOpen, setTableOpen] = useState(false);
  const ids = useId();

  const exportSvg = () => {
    const host = chartRef.current;
    if (!host) return null;
    const panels: ExportPanel[] = [];
    for (const panel of host.querySelectorAll<HTMLElement>("[data-export-title]")) {
      const svg = panel.querySelector<SVGSVGElement>("svg.recharts-surface");
      if (svg) panels.push({ title: panel.dataset.exportTitle ?? "", svg });
    }
    return composeSvg(props.caption, panels, props.legend, host);
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
