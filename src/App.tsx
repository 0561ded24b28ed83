// The page: dataset header, shared filters, notices, the view tabs and the active view.
import { lazy, Suspense, useEffect } from "react";
import { loadLibrary } from "./state/datasetActions";
import { useParleyStore, type ViewId } from "./state/store";
import { useUrlSync } from "./state/useUrlSync";
import { DatasetHeader } from "./ui/DatasetHeader";
import { FilterBar } from "./ui/FilterBar";
import { NoticeArea } from "./ui/NoticeArea";
import { type TabChoice, Tabs, tabIds } from "./ui/Tabs";
import { ImportProblems } from "./views/library/ImportProblems";
import { LibraryBar } from "./views/library/LibraryBar";
import { MatrixView } from "./views/matrix/MatrixView";

// Most visits start on the matrix, so only it ships in the first chunk (budget: 110 KB gzip).
// The timeline pulls in Recharts, the largest dependency; the statements table pulls in
// @tanstack/react-table and react-virtual (about 38 KB gzip); sources and method are rarely
// first. Each loads when its tab is first opened.
const TimelineView = lazy(() => import("./views/timeline/TimelineView"));
const StatementsView = lazy(() =>
  import("./views/statements/StatementsView").then((m) => ({ default: m.StatementsView })),
);
const SourcesView = lazy(() =>
  import("./views/sources/SourcesView").then((m) => ({ default: m.SourcesView })),
);
const MethodView = lazy(() =>
  import("./views/method/MethodView").then((m) => ({ default: m.MethodView })),
);

const VIEWS: readonly TabChoice<ViewId>[] = [
  { id: "matrix", label: "Matrix" },
  { id: "timeline", label: "Timeline" },
  { id: "statements", label: "Statements" },
  { id: "sources", label: "Sources" },
  { id: "method", label: "Method" },
];

export function App() {
  useUrlSync();
  // After the first paint: reading the browser's storage must not hold up the default view.
  useEffect(() => {
    void loadLibrary();
  }, []);
  const view = useParleyStore((state) => state.view);
  const setView = useParleyStore((state) => state.setView);
  const datasetKey = useParleyStore((state) => state.datasetKey);
  const pendingDatasetKey = useParleyStore((state) => state.pendingDatasetKey);
  const ids = tabIds("view", view);
  return (
    <>
      <a className="skip-link" href={`#${ids.panel}`}>
        Skip to the {view} view
      </a>
      <DatasetHeader>
        <LibraryBar />
      </DatasetHeader>
      <main>
        <ImportProblems />
        <NoticeArea />
        {pendingDatasetKey !== null ? (
          <p className="hint">Opening the dataset “{pendingDatasetKey}” kept in this browser…</p>
        ) : (
          // Keyed by dataset, so no view keeps local state (an open row, a chart pick) that
          // belonged to the previous one.
          <div key={datasetKey}>
            <FilterBar />
            <Tabs label="Views" tabs={VIEWS} selected={view} onSelect={setView} idPrefix="view" />
            <section
              className="view-panel"
              role="tabpanel"
              id={ids.panel}
              aria-labelledby={ids.tab}
            >
              <Suspense fallback={<p>Loading the {view} view…</p>}>
                <ActiveView view={view} />
              </Suspense>
            </section>
          </div>
        )}
      </main>
    </>
  );
}

function ActiveView({ view }: { view: ViewId }) {
  switch (view) {
    case "matrix":
      return <MatrixView />;
    case "timeline":
      return <TimelineView />;
    case "statements":
      return <StatementsView />;
    case "sources":
      return <SourcesView />;
    case "method":
      return <MethodView />;
  }
}
