// 生成: the handbook, the month workbook (month picker), each person's log workbook and next
// month's workbook. In a browser every workbook comes back as a file to download. A new month
// workbook can take the office's own catalogue and roster files (GenerateSources), and log
// workbooks can be made for chosen people only, e.g. a person added mid-month (ChoosePeople).

import { useId, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FileBytes, GenerateKind, GenerateOptions, GenerateResult } from "../../app/actions";
import { format } from "../../i18n";
import { useAppActions, useAppState } from "../appContext";
import { usePane } from "../hostContext";
import { currentMonth, isMonthKey } from "../viewModel";
import { MonthPicker } from "./MonthPicker";
import { ChoosePeople, GenerateSources } from "./GenerateFiles";
import { Downloads, SectionHeading, ViewFrame, useViewStyles } from "./parts";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  month: { maxWidth: "200px" },
});

const KINDS: readonly GenerateKind[] = ["handbook", "month", "clerkLogs", "nextMonth"];
/** Kinds that are made for the month in the picker. */
const USES_MONTH: ReadonlySet<GenerateKind> = new Set(["month", "clerkLogs"]);

export function GenerateView() {
  const { strings } = usePane();
  const { act, busy, ready } = useAppActions();
  const { app, setOpenedFile } = useAppState();
  const [kindDone, setKindDone] = useState<GenerateKind | null>(null);
  const styles = useStyles();
  const view = useViewStyles();
  const [month, setMonth] = useState(currentMonth);
  const [result, setResult] = useState<GenerateResult | null>(null);
  const resultId = useId();
  const t = strings.generate;
  const monthOk = isMonthKey(month);
  const label: Record<GenerateKind, [string, string]> = {
    handbook: [t.handbook, t.handbookHint],
    month: [t.month, t.monthHint],
    clerkLogs: [t.clerkLogs, t.clerkLogsHint],
    nextMonth: [t.nextMonth, t.nextMonthHint],
  };

  const [sources, setSources] = useState<{ catalog?: FileBytes; staff?: FileBytes }>({});

  const generate = (kind: GenerateKind, extra: GenerateOptions = {}) =>
    act(async (app, progress) => {
      setResult(null);
      setKindDone(kind);
      const options: GenerateOptions = {
        ...(USES_MONTH.has(kind) ? { month: month.trim() } : {}),
        ...(kind === "month" ? sources : {}),
        ...extra,
      };
      setResult(await app.generate(kind, options, progress));
    });

  return (
    <ViewFrame id="generate">
      <Field
        label={t.monthPicker}
        className={styles.month}
        validationState={monthOk ? "none" : "error"}
        validationMessage={monthOk ? undefined : t.monthInvalid}
      >
        <MonthPicker value={month} onChange={setMonth} />
      </Field>
      {KINDS.map((kind) => {
        const hintId = `generate-hint-${kind}`;
        return (
          <div key={kind} className={styles.item}>
            <div className={view.row}>
              <Button
                appearance={kind === "month" ? "primary" : "secondary"}
                disabledFocusable={busy || !ready || (USES_MONTH.has(kind) && !monthOk)}
                aria-describedby={hintId}
                data-testid={`generate-${kind}`}
                onClick={() => void generate(kind)}
              >
                {label[kind][0]}
              </Button>
            </div>
            <Caption1 id={hintId} className={view.hint}>
              {label[kind][1]}
            </Caption1>
            {kind === "month" && <GenerateSources value={sources} onChange={setSources} />}
            {kind === "clerkLogs" && (
              <ChoosePeople
                disabled={busy || !ready || !monthOk}
                onGenerate={(people) => void generate("clerkLogs", { people })}
              />
            )}
          </div>
        );
      })}
      {result && (
        <div className={view.section} aria-labelledby={resultId}>
          <SectionHeading id={resultId}>{t.result}</SectionHeading>
          <MessageBar intent="success" data-testid="generate-result">
            <MessageBarBody>{result.message}</MessageBarBody>
          </MessageBar>
          {/* what could not be done (e.g. print setup on an older Excel) is a warning of its own */}
          {result.note && (
            <MessageBar intent="warning" data-testid="generate-note">
              <MessageBarBody>{result.note}</MessageBarBody>
            </MessageBar>
          )}
          <Downloads files={result.files} />
          {/* browser mode: a month workbook just made can be opened here for 检查 and 评分 */}
          {app?.mode === "browser" &&
            (kindDone === "month" || kindDone === "nextMonth") &&
            result.files?.length === 1 && (
              <div className={view.row}>
                <Button
                  disabledFocusable={busy}
                  data-testid="generate-open"
                  onClick={() =>
                    void act(async (a, progress) => {
                      const file = result.files![0];
                      await a.openFile?.(file, progress);
                      setOpenedFile(file.name);
                    })
                  }
                >
                  {format(t.openHere, { name: result.files[0].name })}
                </Button>
              </div>
            )}
        </div>
      )}
    </ViewFrame>
  );
}
