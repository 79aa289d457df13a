/* DOM APIs that EdgeHTML 18 lacks and that our vendor code calls without a check. Office 2019
 * retail without the WebView2 runtime shows add-ins in EdgeHTML 18 (Microsoft, "Browsers and
 * webview controls used by Office Add-ins"). core-js (through Babel) covers the ECMAScript
 * library; these are web APIs it does not touch. The list comes from scanning the built bundles
 * against MDN's browser-compat-data (versions in brackets are Edge's first version):
 * - ResizeObserver [79]: Fluent UI's overflow hooks construct it unguarded;
 * - WeakRef [84]: tabster and keyborg (Fluent's focus management) create one on every focus;
 * - Event.prototype.composedPath [79]: tabster reads it in its focus and key handlers;
 * - the DOMRect constructor [79]: Fluent's positioning returns `new DOMRect()` as a fallback.
 * Each is installed only where missing, so every modern engine keeps its own. Imported first by
 * every page entry (webpack.config.js), before React or Fluent UI run. */

type Size = { width: number; height: number };

/** WeakRef without weakness: the target stays alive as long as the reference. In a task pane the
 *  references tabster keeps are a few dozen elements, so holding them costs nothing noticeable. */
class StrongRef<T extends object> {
  constructor(private readonly target: T) {}
  deref(): T {
    return this.target;
  }
}

class Rect {
  constructor(
    public x = 0,
    public y = 0,
    public width = 0,
    public height = 0
  ) {}
  get left(): number {
    return Math.min(this.x, this.x + this.width);
  }
  get right(): number {
    return Math.max(this.x, this.x + this.width);
  }
  get top(): number {
    return Math.min(this.y, this.y + this.height);
  }
  get bottom(): number {
    return Math.max(this.y, this.y + this.height);
  }
  toJSON(): Record<string, number> {
    const { x, y, width, height, top, right, bottom, left } = this;
    return { x, y, width, height, top, right, bottom, left };
  }
}

/** The path an event travels, target first, up to the window. EdgeHTML 18 has no shadow DOM,
 *  so parent nodes are the whole path. */
function composedPath(this: Event): EventTarget[] {
  const path: EventTarget[] = [];
  let node = this.target as Node | null;
  while (node) {
    path.push(node);
    if (node.nodeType === 9) {
      const view = (node as Document).defaultView;
      if (view) path.push(view);
      break;
    }
    node = node.parentNode;
  }
  if (path.length === 0 && this.target) path.push(this.target);
  return path;
}

function boxes(target: Element): { border: Size; content: Size } {
  const rect = target.getBoundingClientRect();
  const style = target.ownerDocument?.defaultView?.getComputedStyle(target);
  const px = (value: string | undefined) => parseFloat(value ?? "") || 0;
  const horizontal = style
    ? px(style.paddingLeft) +
      px(style.paddingRight) +
      px(style.borderLeftWidth) +
      px(style.borderRightWidth)
    : 0;
  const vertical = style
    ? px(style.paddingTop) +
      px(style.paddingBottom) +
      px(style.borderTopWidth) +
      px(style.borderBottomWidth)
    : 0;
  return {
    border: { width: rect.width, height: rect.height },
    content: {
      width: Math.max(0, rect.width - horizontal),
      height: Math.max(0, rect.height - vertical),
    },
  };
}

/** ResizeObserver by comparison: after anything that can change a size (a window resize, any
 *  DOM mutation, the end of a transition) every observed element's box is measured once in the
 *  next animation frame and the callbacks hear of those that changed. Observation starts with
 *  an unknown size, so the first measurement is always reported, as browsers do. */
class PolledResizeObserver {
  private static readonly active = new Set<PolledResizeObserver>();
  private static frame = 0;
  private static watching = false;

  private readonly sizes = new Map<Element, Size>();

  constructor(
    private readonly callback: (entries: object[], observer: PolledResizeObserver) => void
  ) {}

  observe(target: Element): void {
    if (!this.sizes.has(target)) this.sizes.set(target, { width: -1, height: -1 });
    PolledResizeObserver.active.add(this);
    PolledResizeObserver.watch();
    PolledResizeObserver.schedule();
  }

  unobserve(target: Element): void {
    this.sizes.delete(target);
    if (this.sizes.size === 0) PolledResizeObserver.active.delete(this);
  }

  disconnect(): void {
    this.sizes.clear();
    PolledResizeObserver.active.delete(this);
  }

  private measure(): void {
    const entries: object[] = [];
    this.sizes.forEach((last, target) => {
      const { border, content } = boxes(target);
      if (border.width === last.width && border.height === last.height) return;
      last.width = border.width;
      last.height = border.height;
      entries.push({
        target,
        contentRect: new Rect(0, 0, content.width, content.height),
        borderBoxSize: [{ inlineSize: border.width, blockSize: border.height }],
        contentBoxSize: [{ inlineSize: content.width, blockSize: content.height }],
      });
    });
    if (entries.length > 0) this.callback(entries, this);
  }

  private static schedule(): void {
    if (PolledResizeObserver.frame) return;
    PolledResizeObserver.frame = window.requestAnimationFrame(() => {
      PolledResizeObserver.frame = 0;
      PolledResizeObserver.active.forEach((observer) => observer.measure());
    });
  }

  private static watch(): void {
    if (PolledResizeObserver.watching) return;
    PolledResizeObserver.watching = true;
    const schedule = () => PolledResizeObserver.schedule();
    window.addEventListener("resize", schedule);
    document.addEventListener("transitionend", schedule, true);
    new MutationObserver(schedule).observe(document.documentElement, {
      attributes: true,
      childList: true,
      characterData: true,
      subtree: true,
    });
  }
}

/** Installs what is missing on `scope` (the page's window); returns the names installed. */
export function installEdgeHtml18Polyfills(scope: Window & typeof globalThis = window): string[] {
  const installed: string[] = [];
  const globals = scope as unknown as Record<string, unknown>;
  const define = (name: string, value: unknown) => {
    Object.defineProperty(globals, name, { value, writable: true, configurable: true });
    installed.push(name);
  };
  if (typeof globals.WeakRef !== "function") define("WeakRef", StrongRef);
  if (typeof globals.ResizeObserver !== "function") define("ResizeObserver", PolledResizeObserver);
  if (typeof globals.DOMRect !== "function" || !canConstruct(globals.DOMRect))
    define("DOMRect", Rect);
  if (
    typeof scope.Event === "function" &&
    typeof scope.Event.prototype.composedPath !== "function"
  ) {
    Object.defineProperty(scope.Event.prototype, "composedPath", {
      value: composedPath,
      writable: true,
      configurable: true,
    });
    installed.push("Event.prototype.composedPath");
  }
  return installed;
}

/** EdgeHTML 18 has a DOMRect interface object that throws when constructed. */
function canConstruct(ctor: unknown): boolean {
  try {
    new (ctor as new () => object)();
    return true;
  } catch {
    return false;
  }
}

(window as unknown as { __gangzePolyfilled?: string[] }).__gangzePolyfilled =
  installEdgeHtml18Polyfills();
