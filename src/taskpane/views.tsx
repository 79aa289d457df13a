// The six views. Phase 1: each shows its heading and what it will do; the real content is wired
// to the domain and workbook layers in phase 2. The overview already reads the open workbook
// through the host, which proves the Excel plumbing end to end.

import { useEffect, useState } from "react";
import { Body1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { format, type ViewId } from "../i18n";
import { usePane } from "./hostContext";
import { useStatus } from "./status";

const useStyles = makeStyles({
  view: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
});

function WorkbookSummary() {
  const { host, strings } = usePane();
  const { run } = useStatus();
  const [sheets, setSheets] = useState<string[] | null>(null);
  useEffect(() => {
    void run(async () => setSheets(await host.listSheets()));
  }, [host, run]);
  if (sheets === null) return null;
  return (
    <Body1 data-testid="workbook-summary">
      {sheets.length > 0 ? format(strings.sheetCount, { n: sheets.length }) : strings.noWorkbook}
    </Body1>
  );
}

export function View(props: { id: ViewId }) {
  const { strings } = usePane();
  const styles = useStyles();
  const view = strings.views[props.id];
  return (
    <section className={styles.view}>
      <Subtitle1 as="h2">{view.heading}</Subtitle1>
      <Body1>{view.description}</Body1>
      {props.id === "overview" && <WorkbookSummary />}
    </section>
  );
}
