// The task pane shell: title, host line, the six tabs, the active view, the status area.

import { useMemo, useState } from "react";
import {
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import { VIEW_IDS, type Locale, type ViewId } from "../i18n";
import type { GangzeApp } from "../app/actions";
import type { WorkbookHost } from "../office/host";
import { AppProvider, useAppState } from "./appContext";
import { PaneContext, paneContextFor, usePane } from "./hostContext";
import { NavigationContext, type NavIntent } from "./navigation";
import { StatusProvider } from "./status";
import { View } from "./views";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS} 0`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  // small, tight tabs: all seven on one line at 350 px (汇总与上报 never wraps alone); on a
  // narrower pane the line scrolls sideways instead of breaking in two
  tabs: {
    flexWrap: "nowrap",
    overflowX: "auto",
    padding: 0,
    "& button": {
      paddingLeft: tokens.spacingHorizontalXXS,
      paddingRight: tokens.spacingHorizontalXXS,
      flexShrink: 0,
    },
  },
  main: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

export interface AppProps {
  host: WorkbookHost;
  locale: Locale;
  theme: Theme;
  /** loads the GangzeApp the views call (on demand: the workbook layer is a separate chunk) */
  loadApp: () => Promise<GangzeApp>;
}

/** Says so while the app is loading, or when it could not be loaded (a network failure). */
function AppLoadState() {
  const { app, failed } = useAppState();
  const { strings } = usePane();
  if (app) return null;
  if (failed) {
    return (
      <MessageBar intent="error" data-testid="app-failed">
        <MessageBarBody>{strings.appFailed}</MessageBarBody>
      </MessageBar>
    );
  }
  return <Caption1 data-testid="app-loading">{strings.appLoading}</Caption1>;
}

export function App({ host, locale, theme, loadApp }: AppProps) {
  const styles = useStyles();
  const pane = useMemo(() => paneContextFor(host, locale), [host, locale]);
  const { strings } = pane;
  const [selected, setSelected] = useState<ViewId>("overview");
  const [intent, setIntent] = useState<NavIntent | null>(null);
  const navigation = useMemo(
    () => ({
      intent,
      go(next: NavIntent) {
        setIntent(next);
        setSelected(next.view);
      },
    }),
    [intent]
  );

  return (
    <FluentProvider theme={theme} lang={locale}>
      <PaneContext.Provider value={pane}>
        <StatusProvider strings={strings}>
          <AppProvider load={loadApp}>
            <NavigationContext.Provider value={navigation}>
              <div className={styles.root}>
                <header className={styles.header}>
                  <Title3 as="h1">{strings.appTitle}</Title3>
                  <Caption1 data-testid="host-line">
                    {host.kind === "excel" ? strings.hostExcel : strings.hostBrowser}
                  </Caption1>
                  <TabList
                    className={styles.tabs}
                    selectedValue={selected}
                    selectTabOnFocus
                    size="small"
                    onTabSelect={(_, data) => {
                      setIntent(null);
                      setSelected(data.value as ViewId);
                    }}
                    aria-label={strings.tabListLabel}
                  >
                    {VIEW_IDS.map((id) => (
                      <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
                        {strings.views[id].label}
                      </Tab>
                    ))}
                  </TabList>
                  <AppLoadState />
                </header>
                <main className={styles.main}>
                  {VIEW_IDS.map((id) => (
                    <div
                      key={id}
                      role="tabpanel"
                      id={`panel-${id}`}
                      aria-labelledby={`tab-${id}`}
                      hidden={id !== selected}
                    >
                      {id === selected && <View id={id} />}
                    </div>
                  ))}
                </main>
              </div>
            </NavigationContext.Provider>
          </AppProvider>
        </StatusProvider>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
