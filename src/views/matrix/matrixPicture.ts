// The matrix as a picture: the grid as shown (rows, columns, the gap), each cell's words as
// the CSV has them, changed cells outlined. Pure markup for src/ui/export/captionedSvg.ts;
// text widths are estimated, since no browser measures them here.
import { countText } from "../../domain/statementText";
import { escapeXml, type SvgBlock, wrapText } from "../../ui/export/captionedSvg";
import type { MatrixGrid } from "./matrixGrid";
import { cellText, gapText, type Poles, sinceText } from "./matrixText";

const HEAD_WIDTH = 170;
const COLUMN_WIDTH = 180;
const PAD = 6;
const LINE_HEIGHT = 15;
// 12px text at about 0.55 em a glyph.
const CHARS_PER_COLUMN = Math.floor((COLUMN_WIDTH - 2 * PAD) / 6.6);
const CHARS_PER_HEAD = Math.floor((HEAD_WIDTH - 2 * PAD) / 6.6);

interface Box {
  lines: { text: string; className: string }[];
  className: string;
}

export function matrixPicture(grid: MatrixGrid, poles: Poles): SvgBlock {
  const hasGapColumn = grid.gapLabel !== null && grid.gapPlacement === "column";
  const hasGapRow = grid.gapLabel !== null && grid.gapPlacement === "row";
  const head = (text: string): Box => ({
    lines: wrapText(text, CHARS_PER_HEAD).map((line) => ({ text: line, className: "p-cell-head" })),
    className: "p-head",
  });
  const plain = (text: string): Box => ({
    lines: wrapText(text, CHARS_PER_COLUMN).map((line) => ({
      text: line,
      className: "p-cell-text",
    })),
    className: "p-cell",
  });
  const header: Box[] = [
    head(grid.corner),
    ...grid.columns.map((column) => head(column.label)),
    ...(hasGapColumn && grid.gapLabel ? [head(grid.gapLabel)] : []),
  ];
  const body: Box[][] = grid.rows.map((row, rowIndex) => {
    const gap = grid.gaps[rowIndex];
    return [
      head(row.line.label),
      ...row.cells.map((view): Box => {
        const since = sinceText(view.current);
        const count = countText(view.current.statements.length, "statement");
        return {
          lines: [
            ...wrapText(cellText(view, poles), CHARS_PER_COLUMN).map((line) => ({
              text: line,
              className: "p-cell-text",
            })),
            ...wrapText(since ? `${since} · ${count}` : count, CHARS_PER_COLUMN).map((line) => ({
              text: line,
              className: "p-cell-muted",
            })),
          ],
          className: view.isChanged ? "p-changed" : "p-cell",
        };
      }),
      ...(hasGapColumn && gap ? [plain(gapText(gap))] : []),
    ];
  });
  if (hasGapRow && grid.gapLabel)
    body.push([head(grid.gapLabel), ...grid.gaps.map((gap) => plain(gapText(gap)))]);

  const widths = header.map((_, index) => (index === 0 ? HEAD_WIDTH : COLUMN_WIDTH));
  const width = widths.reduce((sum, columnWidth) => sum + columnWidth, 0);
  const parts: string[] = [];
  let y = 0;
  for (const row of [header, ...body]) {
    const height = Math.max(...row.map((box) => box.lines.length)) * LINE_HEIGHT + 2 * PAD;
    let x = 0;
    row.forEach((box, index) => {
      const columnWidth = widths[index] ?? COLUMN_WIDTH;
      parts.push(
        `<rect class="${box.className}" x="${x}" y="${y}" width="${columnWidth}" height="${height}"/>`,
      );
      box.lines.forEach((line, lineIndex) => {
        const baseline = y + PAD + (lineIndex + 1) * LINE_HEIGHT - 3;
        parts.push(
          `<text class="${line.className}" x="${x + PAD}" y="${baseline}">${escapeXml(line.text)}</text>`,
        );
      });
      x += columnWidth;
    });
    y += height;
  }
  return { markup: parts.join("\n"), width, height: y };
}
