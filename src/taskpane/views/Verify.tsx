// 汇总与上报's verification of a received workbook: pick a .xlsx, the app recomputes it from its
// own entries as `gangze verify` does, and every stored result that differs is listed with its
// sheet, cell, what is stored and what the entries give — or a clear 核验通过. Needs no open
// month workbook (the bureau verifies files it received), so it sits outside NeedWorkbook.

import { useId, useState } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { VerifyView } from "../../app/actions";
import { format } from "../../i18n";
import { FILES_STRINGS } from "../../i18n/filesStrings";
import { useAppActions } from "../appContext";
import { readFile } from "../files";
import { usePane } from "../hostContext";
import { FilePicker } from "./FilePicker";
import { SectionHeading, useViewStyles } from "./parts";

const useStyles = makeStyles({
  label: { fontWeight: tokens.fontWeightSemibold },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  cell: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  values: { fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
});

/** Differences shown before "show more" (a whole tampered sheet can give hundreds). */
const FIRST = 30;

export function VerifySection() {
  const { locale } = usePane();
  const t = FILES_STRINGS[locale].verify;
  const { act, busy, ready } = useAppActions();
  const styles = useStyles();
  const view = useViewStyles();
  const ids = { heading: useId(), input: useId(), hint: useId(), list: useId() };
  const [result, setResult] = useState<VerifyView | null>(null);
  const [shown, setShown] = useState(FIRST);

  const verify = (files: File[]) => {
    const file = files[0];
    if (!file) return;
    void act(async (app, progress) => {
      setResult(null);
      setShown(FIRST);
      setResult(await app.verify(await readFile(file), progress));
    });
  };

  const intent =
    result?.status === "equal" ? "success" : result?.status === "differ" ? "error" : "warning";
  const title =
    result?.status === "equal" ? t.equal : result?.status === "differ" ? t.differ : t.unusable;

  return (
    <section className={view.section} aria-labelledby={ids.heading} data-testid="verify">
      <SectionHeading id={ids.heading}>{t.heading}</SectionHeading>
      <label htmlFor={ids.input} className={styles.label}>
        {t.pickLabel}
      </label>
      <FilePicker
        id={ids.input}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy || !ready}
        describedBy={ids.hint}
        testId="verify-input"
        onFiles={verify}
      />
      <Caption1 id={ids.hint} className={view.hint}>
        {t.hint}
      </Caption1>
      {result && (
        <MessageBar intent={intent} data-testid="verify-result" data-status={result.status}>
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {result.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {result && result.differences.length > 0 && (
        <>
          <Caption1 id={ids.list} className={styles.label}>
            {t.listLabel}
          </Caption1>
          <ul className={view.list} aria-labelledby={ids.list} data-testid="verify-differences">
            {result.differences.slice(0, shown).map((d, i) => (
              <li key={`${d.sheet}!${d.cell}-${i}`} className={styles.item}>
                <span className={styles.cell}>
                  {d.cell ? `${d.sheet}!${d.cell}` : d.sheet} {t.kinds[d.kind]}
                </span>
                {d.kind !== "missing-sheet" && (
                  <span className={styles.values}>
                    {t.stored} {d.stored}
                    {locale === "zh-CN" ? "，" : ", "}
                    {t.recomputed} {d.recomputed}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {result.differences.length > shown && (
            <div className={view.row}>
              <Button data-testid="verify-more" onClick={() => setShown((n) => n + FIRST * 3)}>
                {format(t.showMore, {
                  n: Math.min(FIRST * 3, result.differences.length - shown),
                  total: result.differences.length,
                })}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
