import { describe, expect, it } from "vitest";
import { describeCrossViewImport, findCrossViewImports, viewOf } from "./crossViewImports";

describe("viewOf", () => {
  it("names the view folder a path sits in", () => {
    expect(viewOf("src/views/matrix/MatrixView.tsx")).toBe("matrix");
    expect(viewOf("src/views/timeline/deep/Chart.tsx")).toBe("timeline");
  });
  it("is null outside src/views", () => {
    expect(viewOf("src/ui/Drawer.tsx")).toBeNull();
    expect(viewOf("src/views.ts")).toBeNull();
  });
});

describe("findCrossViewImports", () => {
  it("allows the view's own files, src/ui, src/domain, the store and packages", () => {
    const text = [
      'import { useMemo } from "react";',
      'import { Drawer } from "../../ui/Drawer";',
      'import { positionsAsOf } from "../../domain/positionsAsOf";',
      'import { useParleyStore } from "../../state/store";',
      'import { MatrixCell } from "./MatrixCell";',
      'import { helper } from "../matrix/helper";',
      'import "./MatrixView.css";',
    ].join("\n");
    expect(findCrossViewImports([{ path: "src/views/matrix/MatrixView.tsx", text }])).toEqual([]);
  });

  it("reports each import into another view, with its line", () => {
    const text = [
      'import { useMemo } from "react";',
      'import { GapChart } from "../timeline/GapChart";',
      'import type { Row } from "../../views/statements/tableColumns";',
      'export { SourceCard } from "../sources/SourceCard";',
      'const Lazy = () => import("../method/MethodView");',
      'import "../library/LibraryBar.css";',
    ].join("\n");
    const found = findCrossViewImports([{ path: "src/views/matrix/MatrixView.tsx", text }]);
    expect(found.map((offence) => [offence.line, offence.toView])).toEqual([
      [2, "timeline"],
      [3, "statements"],
      [4, "sources"],
      [5, "method"],
      [6, "library"],
    ]);
  });

  it("resolves from a nested folder of a view", () => {
    const text = 'import { a } from "../helpers";\nimport { b } from "../../deal/b";';
    const found = findCrossViewImports([{ path: "src/views/matrix/cells/Cell.tsx", text }]);
    expect(found).toEqual([
      {
        path: "src/views/matrix/cells/Cell.tsx",
        line: 2,
        specifier: "../../deal/b",
        fromView: "matrix",
        toView: "deal",
      },
    ]);
  });

  it("ignores files outside src/views (App may import every view)", () => {
    const text = 'import { MatrixView } from "./views/matrix/MatrixView";';
    expect(findCrossViewImports([{ path: "src/App.tsx", text }])).toEqual([]);
  });

  it("says which file, line and views, and where shared code goes", () => {
    const [offence] = findCrossViewImports([
      { path: "src/views/sources/SourceCard.tsx", text: 'import { x } from "../matrix/x";' },
    ]);
    expect(offence && describeCrossViewImport(offence)).toBe(
      'src/views/sources/SourceCard.tsx:1 imports "../matrix/x": the sources view may not reach into the matrix view; move what both need down into src/ui or src/domain.',
    );
  });
});
