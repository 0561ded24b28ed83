// The page's entry: its stylesheets, then the app, fetched once the prerendered first view
// has painted. The script and the dataset downloading beside the stylesheet delayed the first
// paint on a slow phone connection (Lighthouse's mobile preset: LCP 1.54 s with them, 0.96 s
// without; BENCHMARKS.md, "Answer first").
// The first view's styles are imported here, so they are in the stylesheet index.html links,
// not injected when the app's script arrives (the prerendered matrix would show unstyled).
import "./styles.css";
import "./views/library/LibraryBar.css";
import "./views/matrix/MatrixView.css";

const rootElement = document.getElementById("root");
if (!rootElement) {
  throw new Error('index.html has no <div id="root">; the app has nowhere to render.');
}
const root = rootElement;

// After the next frame is painted: the prerendered page first, then the app's script.
requestAnimationFrame(() =>
  setTimeout(() => {
    void import("./start").then((module) => module.start(root));
  }, 0),
);
