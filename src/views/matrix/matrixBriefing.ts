// The matrix's part of a briefing (src/domain/briefing/briefing.ts): the grid as shown in the
// CSV's words, what changed since the compare date and which way, and for each cell the
// statement behind it with its speaker, date, citation and whose words it is. Pure.
import type { Briefing, BriefingQuote, Citation } from "../../domain/briefing/briefing";
import type { ExportCredit } from "../../domain/export/exportCredit";
import { safeHttpUrl } from "../../domain/safeLink";
import type { Source, Statement } from "../../domain/schema";
import {
  formatDate,
  personText,
  sourceDate,
  sourceHeadline,
  statementDate,
} from "../../domain/statementText";
import type { MatrixGrid } from "./matrixGrid";
import type { MatrixCellView, MatrixModel } from "./matrixModel";
import {
  cellText,
  differingAccountsText,
  gapText,
  heldText,
  moveText,
  type Poles,
  stanceText,
} from "./matrixText";

export interface MatrixBriefingInput {
  model: MatrixModel;
  grid: MatrixGrid;
  poles: Poles;
  credit: ExportCredit;
  source(id: string): Source | undefined;
}

export function matrixBriefing(input: MatrixBriefingInput): Omit<Briefing, "deal"> {
  const { model, grid, poles, credit } = input;
  const cells = grid.rows.flatMap((row) => row.cells);
  return {
    title: credit.title,
    dataset: credit.datasetText,
    dateLine: credit.dateLine,
    filterLines: credit.filterLines,
    sourceLine: credit.sourceLine,
    link: credit.link,
    matrix: briefingTable(grid, poles),
    changes: model.compareFrom
      ? {
          heading: `What changed since ${formatDate(model.compareFrom)}`,
          lines: [
            ...cells.filter((view) => view.isChanged).map((view) => changeLine(view, poles)),
            ...gapChangeLines(grid),
          ],
        }
      : null,
    quotes: cells.flatMap((view) => {
      const quote = cellQuote(view, input.source);
      return quote ? [quote] : [];
    }),
  };
}

function briefingTable(grid: MatrixGrid, poles: Poles): Briefing["matrix"] {
  const hasGapColumn = grid.gapLabel !== null && grid.gapPlacement === "column";
  const rows = grid.rows.map((row, index) => {
    const gap = grid.gaps[index];
    return {
      label: row.line.label,
      cells: [
        ...row.cells.map((view) => cellText(view, poles)),
        ...(hasGapColumn && gap ? [gapText(gap)] : []),
      ],
    };
  });
  if (grid.gapLabel !== null && grid.gapPlacement === "row")
    rows.push({ label: grid.gapLabel, cells: grid.gaps.map(gapText) });
  return {
    corner: grid.corner,
    columns: [
      ...grid.columns.map((column) => column.label),
      ...(hasGapColumn && grid.gapLabel ? [grid.gapLabel] : []),
    ],
    rows,
  };
}

// "Upland Republic on Water allocation: Historic shares (1 of 6) → Mixed formula (4 of 6);
// moved 3 steps toward last stance".
function changeLine(view: MatrixCellView, poles: Poles): string {
  const before = view.previous ? stanceText(view.previous) : "No stated position";
  const move = moveText(view, poles) ?? "changed";
  return `${view.party.name} on ${view.issue.name}: ${before} → ${stanceText(view.current)}; ${move.charAt(0).toLowerCase()}${move.slice(1)}`;
}

// The gaps that narrowed or widened (or became comparable) since the compare date.
function gapChangeLines(grid: MatrixGrid): string[] {
  if (grid.gapLabel === null) return [];
  return grid.gaps
    .filter((gap) => gap.previous !== null && gap.previous.steps !== gap.steps)
    .map((gap) => `${grid.gapLabel} on ${gap.issue.name}: ${gapText(gap)}`);
}

// The statement a cell's stance rests on (the latest statement when it has no stance), with
// its citation; null for a cell nothing was said in.
function cellQuote(
  view: MatrixCellView,
  source: (id: string) => Source | undefined,
): BriefingQuote | null {
  const { current } = view;
  const statement = current.stanceStatement ?? current.latest;
  if (!statement) return null;
  const notes = [heldText(current), differingAccountsText(current)].filter(
    (note): note is string => note !== null,
  );
  return {
    cell: `${view.party.name} on ${view.issue.name}`,
    stance: stanceText(current),
    provenance: provenanceText(statement),
    notes,
    speaker: personText(statement.speaker),
    date: statementDate(statement),
    // An empty quote (some datasets write "" for none) is no quote.
    quote: statement.quote?.trim() ? statement.quote : null,
    summary: statement.summary,
    citation: citationOf(source(statement.sourceId), statement),
  };
}

function provenanceText(statement: Statement): string {
  return statement.reportedBy
    ? `another party's account, per ${statement.reportedBy.name}`
    : "own statement";
}

function citationOf(source: Source | undefined, statement: Statement): Citation {
  if (!source)
    return { outlet: statement.sourceId, headline: "Untitled", date: "undated", url: null };
  return {
    outlet: source.outlet,
    headline: sourceHeadline(source),
    date: sourceDate(source),
    // Only an http(s) address becomes a link in the page and the Markdown (SECURITY.md).
    url: safeHttpUrl(source.url),
  };
}
