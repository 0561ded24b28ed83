// The page: dataset header, shared filters, notices, the view tabs and the active view.
import { type ComponentType, lazy, Suspense, useEffect, useState } from "react";
import { loadLibrary } from "./state/datasetActions";
import { useParleyStore, type ViewId } from "./state/store";
import { useUrlSync } from "./state/useUrlSync";
import { DatasetHeader } from "./ui/DatasetHeader";
import { ErrorBoundary } from "./ui/ErrorBoundary";
import { FilterBar } from "./ui/FilterBar";
import { NoticeArea } from "./ui/NoticeArea";
import { type TabChoice, Tabs, tabIds } from "./ui/Tabs";
import { ImportProblems } from "./views/library/ImportProblems";
import { LibraryBar } from "./views/library/LibraryBar";
import { MatrixView } from "./views/matrix/MatrixView";
import { MethodView } from "./views/method/MethodView";
import { SourcesView } from "./views/sources/SourcesView";
import { StatementsView } from "./views/statements/StatementsView";

// The timeline pulls in Recharts, the largest dependency; most visits start on the matrix.
// A function, so "Reload view" can ask for the chunk again after a failed load.
const loadTimelineView = () => lazy(() => import("./views/timeline/TimelineView"));

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
  const [TimelineView, setTimelineView] = useState(loadTimelineView);
  return (
    <>
      <a className="skip-link" href={`#${ids.panel}`}>
        Skip to the {view} view
      </a>
      <ErrorBoundary label="the dataset header">
        <DatasetHeader>
          <LibraryBar />
        </DatasetHeader>
      </ErrorBoundary>
      <main>
        <ImportProblems />
        <NoticeArea />
        {pendingDatasetKey !== null ? (
          <p className="hint">Opening the dataset “{pendingDatasetKey}” kept in this browser…</p>
        ) : (
          // Keyed by dataset, so no view keeps local state (an open row, a chart pick) that
          // belonged to the previous one.
          <div key={datasetKey}>
            <ErrorBoundary label="the filters">
              <FilterBar />
            </ErrorBoundary>
            <Tabs label="Views" tabs={VIEWS} selected={view} onSelect={setView} idPrefix="view" />
            <section
              className="view-panel"
              role="tabpanel"
              id={ids.panel}
              aria-labelledby={ids.tab}
            >
              {/* Keyed by view, so a failure in one view is forgotten on leaving it. */}
              <ErrorBoundary
                key={view}
                label={`the ${VIEWS.find((each) => each.id === view)?.label ?? view} view`}
                onReload={view === "timeline" ? () => setTimelineView(loadTimelineView) : undefined}
              >
                <Suspense fallback={<p>Loading the {view} view…</p>}>
                  <ActiveView view={view} TimelineView={TimelineView} />
                </Suspense>
              </ErrorBoundary>
            </section>
          </div>
        )}
      </main>
    </>
  );
}

interface ActiveViewProps {
  view: ViewId;
  TimelineView: ComponentType;
}

function ActiveView({ view, TimelineView }: ActiveViewProps) {
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
