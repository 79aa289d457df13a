// The GangzeApp the views call, loaded after the pane has rendered (the workbook layer is big and
// must not delay the first paint), and the browser-mode workbook the user opened.

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import type { GangzeApp } from "../app/actions";
import { usePane } from "./hostContext";
import { useStatus } from "./status";

export interface AppState {
  /** null while loading (or when loading failed) */
  app: GangzeApp | null;
  failed: boolean;
  /** browser mode: the name of the workbook file opened with app.openFile; Excel mode: unused */
  openedFile: string | null;
  setOpenedFile(name: string | null): void;
}

const AppStateContext = createContext<AppState | null>(null);

export function AppProvider(props: { load: () => Promise<GangzeApp>; children: ReactNode }) {
  const { load } = props;
  const [app, setApp] = useState<GangzeApp | null>(null);
  const [failed, setFailed] = useState(false);
  const [openedFile, setOpenedFile] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setApp(loaded),
      (error: unknown) => {
        console.error(error);
        if (live) setFailed(true);
      }
    );
    return () => {
      live = false;
    };
  }, [load]);
  const value = useMemo(
    () => ({ app, failed, openedFile, setOpenedFile }),
    [app, failed, openedFile]
  );
  return <AppStateContext.Provider value={value}>{props.children}</AppStateContext.Provider>;
}

export function useAppState(): AppState {
  const value = useContext(AppStateContext);
  if (!value) throw new Error("AppStateContext is missing: render inside <AppProvider>");
  return value;
}

/** `act(fn)` runs fn with the app through the status area (progress, Chinese errors). */
export interface AppActions {
  act(fn: (app: GangzeApp, progress: (message: string) => void) => Promise<void>): Promise<void>;
  busy: boolean;
  ready: boolean;
  /** whether actions that need a month workbook can run (always in Excel; after openFile in a browser) */
  hasWorkbook: boolean;
}

export function useAppActions(): AppActions {
  const { app, openedFile } = useAppState();
  const { strings } = usePane();
  const { run, busy } = useStatus();
  const act = useCallback<AppActions["act"]>(
    (fn) =>
      run(async (report) => {
        if (!app) throw new Error(strings.appLoading);
        await fn(app, (message) => report({ message }));
      }),
    [app, run, strings]
  );
  const hasWorkbook = app !== null && (app.mode === "excel" || openedFile !== null);
  return { act, busy, ready: app !== null, hasWorkbook };
}
