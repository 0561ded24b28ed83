// A part of the page whose code loads the first time it is shown, to keep it out of the first
// view's bundle. Such parts answer something the reader just did or that storage just said
// (an import's question, a damaged record), so nothing is shown while the code loads; a load
// that fails says so in place, with a retry, instead of taking its neighbours down.
import { type ComponentType, lazy, Suspense, useState } from "react";
import { ErrorBoundary } from "./ErrorBoundary";

// `preload()` fetches the code ahead of need (after the first paint), for a part one click
// away, so that click does not wait for the network.
export type OnDemandPart<Props> = ComponentType<Props> & { preload(): void };

export function onDemand<Props extends object>(
  label: string,
  load: () => Promise<ComponentType<Props>>,
): OnDemandPart<Props> {
  const loadDefault = () => load().then((component) => ({ default: component }));
  // One lazy component for every place it is shown; replaced only to retry a failed load
  // (React.lazy remembers a failure forever).
  let Part = lazy(loadDefault);
  // biome-ignore lint/correctness/noComponentHookFactories: called once per part at module level, never while rendering, so each part is one stable component.
  function OnDemandPart(props: Props) {
    const [, setAttempt] = useState(0);
    const retry = () => {
      Part = lazy(loadDefault);
      setAttempt((attempt) => attempt + 1);
    };
    return (
      <ErrorBoundary label={label} onReload={retry}>
        <Suspense fallback={null}>
          <Part {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  // A failed preload is not reported: showing the part loads it again, and says so if it fails.
  OnDemandPart.preload = () => void load().catch(() => undefined);
  return OnDemandPart;
}
