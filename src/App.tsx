// The page: dataset header, shared filters, notices, the view tabs and the active view.
import { type ComponentType, lazy, Suspense, useEffect, useState } from "react";
import { BriefingButton } from "./app/BriefingButton";
import { CodeModeToggle } from "./app/CodeModeToggle";
import { CopyLinkButton } from "./app/CopyLinkButton";
import { DatasetHeader } from "./app/DatasetHeader";
import { EmbedButton } from "./app/EmbedButton";
import { FilterBar } from "./app/FilterBar";
import { NoticeArea } from "./app/NoticeArea";
import { isEmbedSearch } from "./state/embedUrl";
import { loadLibrary } from "./state/libraryCommands";
import { ScopeProvider } from "./state/ScopeProvider";
import { useParleyStore, type ViewId } from "./state/store";
import { useUrlSync } from "./state/useUrlSync";
import { ErrorBoundary } from "./ui/ErrorBoundary";
import { onDemand } from "./ui/onDemand";
import { type TabChoice, Tabs, tabIds } from "./ui/Tabs";
import { LibraryBar } from "./views/library/LibraryBar";
import { MatrixView } from "./views/matrix/MatrixView";

// The editing tools, in "Code" mode only: loaded when a user chooses to code.
const CodingBar = onDemand("the editing tools", () =>
  import("./views/coding/CodingBar").then((module) => module.CodingBar),
);

// Shown only after an import fails: loaded then, not with the first view.
const ImportProblems = onDemand("the import's problems", () =>
  import("./views/library/ImportProblems").then((module) => module.ImportProblems),
);
// Shown only after an import whose quotes are not all in their sources' texts.
const QuotesNotInTextReport = onDemand("the list of quotes not in their article", () =>
  import("./views/library/QuotesNotInTextReport").then((module) => module.default),
);

type LazyViewId = Exclude<ViewId, "matrix">;
type LazyViews = Record<LazyViewId, ComponentType>;

// Most visits start on the matrix, so only it ships in the first chunk (budget: 110 KB gzip).
// The timeline pulls in Recharts, the largest dependency; the statements table pulls in
// @tanstack/react-table and react-virtual (about 38 KB gzip); sources and method are rarely
// first. Each loads when its tab is first opened. Loaders are functions, so "Reload view" can
// ask for a chunk again after a failed load.
const LAZY_VIEW_LOADERS: Record<LazyViewId, () => ComponentType> = {
  timeline: () => lazy(() => import("./views/timeline/TimelineView")),
  statements: () =>
    lazy(() =>
      import("./views/statements/StatementsView").then((m) => ({ default: m.StatementsView })),
    ),
  sources: () =>
    lazy(() => import("./views/sources/SourcesView").then((m) => ({ default: m.SourcesView }))),
  deal: () =>
    lazy(() => import("./views/deal/DealSpaceView").then((m) => ({ default: m.DealSpaceView }))),
  method: () =>
    lazy(() => import("./views/method/MethodView").then((m) => ({ default: m.MethodView }))),
  // The review's rules run only here, so they load with it.
  review: () =>
    lazy(() => import("./views/review/ReviewView").then((m) => ({ default: m.ReviewView }))),
};

function loadLazyViews(): LazyViews {
  return {
    timeline: LAZY_VIEW_LOADERS.timeline(),
    statements: LAZY_VIEW_LOADERS.statements(),
    sources: LAZY_VIEW_LOADERS.sources(),
    deal: LAZY_VIEW_LOADERS.deal(),
    method: LAZY_VIEW_LOADERS.method(),
    review: LAZY_VIEW_LOADERS.review(),
  };
}

// An embed (?embed=1) shows one view with its caption and credit, nothing else; read once,
// as the page's mode. Its frame loads only in an embed. The build's prerender has no window:
// it renders the full page, and an embed link is rendered fresh in the browser (main.tsx).
const IS_EMBED = typeof window !== "undefined" && isEmbedSearch(window.location.search);
const EmbedFrame = lazy(() => import("./app/EmbedFrame"));

const VIEWS: readonly TabChoice<ViewId>[] = [
  { id: "matrix", label: "Matrix" },
  { id: "timeline", label: "Timeline" },
  { id: "statements", label: "Statements" },
  { id: "sources", label: "Sources" },
  { id: "deal", label: "Deal space" },
  { id: "method", label: "Method" },
  { id: "review", label: "Review" },
];

export function App() {
  useUrlSync();
  // After the first paint: reading the browser's storage must not hold up the default view.
  useEffect(() => {
    void loadLibrary();
    // The prerendered page is live now: its controls take clicks (styles.css holds them off
    // until React has taken the page over, so a click is never lost to a page not yet live).
    document.getElementById("root")?.removeAttribute("data-prerendered");
  }, []);
  const view = useParleyStore((state) => state.view);
  const setView = useParleyStore((state) => state.setView);
  const datasetKey = useParleyStore((state) => state.datasetKey);
  const pendingDatasetKey = useParleyStore((state) => state.pendingDatasetKey);
  const hasImportFailure = useParleyStore((state) => state.importFailure !== null);
  const hasQuoteReport = useParleyStore((state) => state.importQuoteReport !== null);
  const isCoding = useParleyStore((state) => state.isCoding);
  const ids = tabIds("view", view);
  const [lazyViews, setLazyViews] = useState(loadLazyViews);
  const reloadView = (id: ViewId) => {
    if (id !== "matrix") setLazyViews((views) => ({ ...views, [id]: LAZY_VIEW_LOADERS[id]() }));
  };
  const viewLabel = VIEWS.find((each) => each.id === view)?.label ?? view;
  if (IS_EMBED)
    return (
      <main>
        <NoticeArea />
        {pendingDatasetKey === null && (
          <ScopeProvider key={datasetKey}>
            <ErrorBoundary key={view} label={`the ${viewLabel} view`}>
              <Suspense fallback={<p>Loading the {view} view…</p>}>
                <EmbedFrame viewLabel={viewLabel}>
                  <ActiveView view={view} lazyViews={lazyViews} />
                </EmbedFrame>
              </Suspense>
            </ErrorBoundary>
          </ScopeProvider>
        )}
      </main>
    );
  return (
    <>
      <a className="skip-link" href={`#${ids.panel}`}>
        Skip to the {view} view
      </a>
      <ErrorBoundary label="the dataset header">
        <DatasetHeader>
          <LibraryBar>
            <CodeModeToggle />
          </LibraryBar>
          {isCoding && <CodingBar />}
        </DatasetHeader>
      </ErrorBoundary>
      <main>
        {hasImportFailure && <ImportProblems />}
        {hasQuoteReport && <QuotesNotInTextReport />}
        <NoticeArea />
        {pendingDatasetKey !== null ? (
          <p className="hint">Opening the dataset “{pendingDatasetKey}” kept in this browser…</p>
        ) : (
          // Keyed by dataset, so no view keeps local state (an open row, a chart pick) that
          // belonged to the previous one.
          <ScopeProvider key={datasetKey}>
            <ErrorBoundary label="the filters">
              <FilterBar />
            </ErrorBoundary>
            <div className="view-bar">
              <Tabs label="Views" tabs={VIEWS} selected={view} onSelect={setView} idPrefix="view" />
              <div className="view-bar-actions">
                {(view === "matrix" || view === "deal") && <BriefingButton />}
                {(view === "matrix" || view === "timeline" || view === "deal") && (
                  <EmbedButton viewLabel={viewLabel} />
                )}
                <CopyLinkButton />
              </div>
            </div>
            <section
              className="view-panel"
              role="tabpanel"
              id={ids.panel}
              aria-labelledby={ids.tab}
            >
              {/* Keyed by view, so a failure in one view is forgotten on leaving it. */}
              <ErrorBoundary
                key={view}
                label={`the ${viewLabel} view`}
                onReload={view === "matrix" ? undefined : () => reloadView(view)}
              >
                <Suspense fallback={<p>Loading the {view} view…</p>}>
                  <ActiveView view={view} lazyViews={lazyViews} />
                </Suspense>
              </ErrorBoundary>
            </section>
          </ScopeProvider>
        )}
      </main>
    </>
  );
}

function ActiveView({ view, lazyViews }: { view: ViewId; lazyViews: LazyViews }) {
  if (view === "matrix") return <MatrixView />;
  const LazyView = lazyViews[view];
  return <LazyView />;
}
