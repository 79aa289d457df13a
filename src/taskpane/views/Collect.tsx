// 汇总与上报: import the clerks' returned log workbooks into the month workbook (file picker,
// several at once), then export the workbook the bureau receives; and verify a received workbook
// (Verify.tsx), which needs no open month workbook.

import { useId, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CollectResultItem, ExportResult } from "../../app/actions";
import { format } from "../../i18n";
import { useAppActions } from "../appContext";
import { statusSwatch } from "../colors";
import { readFile } from "../files";
import { usePane } from "../hostContext";
import { FilePicker } from "./FilePicker";
import { VerifySection } from "./Verify";
import { Downloads, NeedWorkbook, SectionHeading, ViewFrame, useViewStyles } from "./parts";

const useStyles = makeStyles({
  result: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  file: { fontWeight: tokens.fontWeightSemibold },
  label: { fontWeight: tokens.fontWeightSemibold },
});

function CollectContent() {
  const { strings } = usePane();
  const { act, busy } = useAppActions();
  const styles = useStyles();
  const view = useViewStyles();
  const [results, setResults] = useState<CollectResultItem[] | null>(null);
  const [exported, setExported] = useState<ExportResult | null>(null);
  const ids = { import: useId(), input: useId(), hint: useId(), export: useId(), results: useId() };
  const t = strings.collect;

  const collect = (files: File[]) => {
    if (files.length === 0) return;
    void act(async (app, progress) => {
      setResults(null);
      const read = await Promise.all(files.map(readFile));
      setResults(await app.collect(read, progress));
    });
  };

  return (
    <>
      <section className={view.section} aria-labelledby={ids.import}>
        <SectionHeading id={ids.import}>{t.importHeading}</SectionHeading>
        <label htmlFor={ids.input} className={styles.label}>
          {t.pickFiles}
        </label>
        <FilePicker
          id={ids.input}
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          describedBy={ids.hint}
          testId="collect-input"
          onFiles={collect}
        />
        <Caption1 id={ids.hint} className={view.hint}>
          {t.pickHint}
        </Caption1>
        {results && (
          <>
            <Body1 id={ids.results}>{format(t.imported, { n: results.length })}</Body1>
            <ul className={view.list} aria-labelledby={ids.results} data-testid="collect-results">
              {results.map((r, i) => {
                const swatch = statusSwatch(r.ok ? "按时完成" : "逾期未完成");
                return (
                  <li
                    key={`${r.file}-${i}`}
                    className={styles.result}
                    style={{ backgroundColor: swatch.background, color: swatch.color }}
                    data-ok={r.ok}
                  >
                    <span className={styles.file}>
                      {r.ok ? t.ok : t.refused}：{r.file}
                    </span>
                    <span>{r.message}</span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
      <section className={view.section} aria-labelledby={ids.export}>
        <SectionHeading id={ids.export}>{t.exportHeading}</SectionHeading>
        <Caption1 className={view.hint}>{t.exportHint}</Caption1>
        <div className={view.row}>
          <Button
            appearance="primary"
            disabledFocusable={busy}
            data-testid="export-run"
            onClick={() =>
              void act(async (app, progress) => {
                setExported(null);
                setExported(await app.exportMonth(progress));
              })
            }
          >
            {t.export}
          </Button>
        </div>
        {exported && (
          <>
            <MessageBar intent="success" data-testid="export-result">
              <MessageBarBody>{exported.message}</MessageBarBody>
            </MessageBar>
            <Downloads files={exported.files} testId="export-downloads" />
          </>
        )}
      </section>
    </>
  );
}

export function CollectView() {
  return (
    <ViewFrame id="collect">
      <NeedWorkbook>
        <CollectContent />
      </NeedWorkbook>
      <VerifySection />
    </ViewFrame>
  );
}
