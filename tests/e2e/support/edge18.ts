// What EdgeHTML 18 (Office 2019 retail without WebView2) lacks, removed from a Chromium page
// before any script runs: the engines test and the pane's file-flow test run the pane without it.

/** Built-ins EdgeHTML 18 does not have (ES2019+ library, newer DOM), removed before any script. */
export function removeWhatEdge18Lacks(): void {
  const drop = (owner: object, names: string[]) => {
    for (const name of names) delete (owner as Record<string, unknown>)[name];
  };
  drop(Object, ["fromEntries", "hasOwn"]);
  drop(Array.prototype, ["flat", "flatMap", "at", "findLast", "findLastIndex", "toSorted"]);
  drop(String.prototype, ["matchAll", "replaceAll", "at", "trimStart", "trimEnd"]);
  drop(Promise, ["allSettled", "any"]);
  drop(window, ["structuredClone", "queueMicrotask"]);
  // web APIs (MDN browser-compat-data: Edge 79 or later); the page's polyfills must bring back
  // the ones our bundles call unguarded, and the rest must not be needed
  drop(window, [
    "ResizeObserver",
    "ResizeObserverEntry",
    "WeakRef",
    "FinalizationRegistry",
    "DOMRect",
    "TextEncoder",
    "TextDecoder",
    "requestIdleCallback",
    "HTMLDialogElement",
  ]);
  drop(Event.prototype, ["composedPath"]);
  drop(Blob.prototype, ["arrayBuffer", "text", "stream"]);
  drop(Node.prototype, ["getRootNode", "isConnected"]);
  drop(Element.prototype, ["replaceChildren", "scrollTo", "scroll", "getAnimations"]);
  drop(CSS, ["escape"]);
  drop(Intl, ["RelativeTimeFormat", "ListFormat", "Locale", "Segmenter"]);
  (window as unknown as { __edge18: boolean }).__edge18 = true;
}
