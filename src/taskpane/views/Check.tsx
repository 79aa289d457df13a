// 检查: run the entry check, list errors then warnings with their cell; choosing an issue selects
// its cell in the workbook; 清除标记 removes the marks the check added.

import { useId, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { CheckResult, IssueItem } from "../../app/actions";
import { format } from "../../i18n";
import { useAppActions, useAppState } from "../appContext";
import { statusSwatch } from "../colors";
import { usePane } from "../hostContext";
import { filterIssues, issueText, sortIssues, type IssueFilter } from "../viewModel";
import { NeedWorkbook, ViewFrame, useViewStyles } from "./parts";

const useStyles = makeStyles({
  issue: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  head: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    flexWrap: "wrap",
  },
  badge: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

const PAGE = 50;

function IssueRow(props: {
  issue: IssueItem;
  /** absent in a browser: there is no Excel to select the cell in */
  onSelect?: (issue: IssueItem) => void;
  disabled: boolean;
}) {
  const { strings } = usePane();
  const styles = useStyles();
  const { issue } = props;
  const t = strings.check;
  const swatch = statusSwatch(issue.severity === "error" ? "逾期未完成" : "临期");
  const where = issue.cell ? `${issue.sheet}!${issue.cell}` : `${issue.sheet}（${t.wholeSheet}）`;
  const content = (
    <>
      <span className={styles.head}>
        <span
          className={styles.badge}
          style={{ backgroundColor: swatch.background, color: swatch.color }}
        >
          {issue.severity === "error" ? t.error : t.warning}
        </span>
        <span className={styles.cell}>{where}</span>
      </span>
      <Text>{issueText(issue)}</Text>
      {issue.fix && (
        <Caption1>
          {t.fix}
          {issue.fix}
        </Caption1>
      )}
    </>
  );
  // Only an issue with a cell can be selected, and only in Excel; the others are plain text.
  const select = props.onSelect;
  if (!issue.cell || !select) {
    return (
      <div className={styles.issue} data-testid="issue">
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={mergeClasses(styles.issue, styles.clickable)}
      // aria-disabled, not disabled: a disabled button would drop the keyboard focus mid-list.
      aria-disabled={props.disabled || undefined}
      title={format(t.selectHint, { sheet: issue.sheet, cell: issue.cell })}
      data-testid="issue"
      onClick={() => !props.disabled && select(issue)}
    >
      {content}
    </button>
  );
}

function CheckContent() {
  const { strings } = usePane();
  const { act, busy } = useAppActions();
  const inExcel = useAppState().app?.mode === "excel";
  const view = useViewStyles();
  const [result, setResult] = useState<CheckResult | null>(null);
  const [filter, setFilter] = useState<IssueFilter>("all");
  const [cleared, setCleared] = useState(false);
  // A month without logs yields hundreds of warnings: list them a page at a time.
  const [limit, setLimit] = useState(PAGE);
  const listId = useId();
  const filterId = useId();
  const t = strings.check;

  const issues = result ? sortIssues(result.issues) : [];
  const errors = issues.filter((i) => i.severity === "error").length;
  const filtered = filterIssues(issues, filter);
  const shown = filtered.slice(0, limit);

  return (
    <>
      <div className={view.row}>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          data-testid="check-run"
          onClick={() =>
            void act(async (app, progress) => {
              setCleared(false);
              setLimit(PAGE);
              setResult(await app.check(progress));
            })
          }
        >
          {t.run}
        </Button>
        {/* marks exist only in Excel (a file opened in a browser is never written) */}
        {inExcel && (
          <Button
            disabledFocusable={busy}
            data-testid="check-clear"
            onClick={() =>
              void act(async (app) => {
                await app.clearMarks();
                setCleared(true);
                setResult((r) => (r ? { ...r, marked: 0 } : r));
              })
            }
          >
            {t.clearMarks}
          </Button>
        )}
      </div>
      {cleared && (
        <MessageBar intent="success">
          <MessageBarBody>{t.marksCleared}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <>
          <Body1 data-testid="check-summary">
            {issues.length === 0
              ? t.none
              : format(inExcel ? t.summary : t.summaryBrowser, {
                  errors,
                  warnings: issues.length - errors,
                  marked: result.marked,
                })}
          </Body1>
          {result.note && (
            <MessageBar intent="warning" data-testid="check-note">
              <MessageBarBody>{result.note}</MessageBarBody>
            </MessageBar>
          )}
          {issues.length > 0 && (
            <>
              <div className={view.row}>
                <Text id={filterId}>{t.filterLabel}</Text>
                <RadioGroup
                  layout="horizontal"
                  aria-labelledby={filterId}
                  value={filter}
                  onChange={(_, data) => {
                    setFilter(data.value as IssueFilter);
                    setLimit(PAGE);
                  }}
                >
                  <Radio value="all" label={`${t.filterAll} ${issues.length}`} />
                  <Radio value="error" label={`${t.filterErrors} ${errors}`} />
                  <Radio value="warning" label={`${t.filterWarnings} ${issues.length - errors}`} />
                </RadioGroup>
              </div>
              <ul className={view.list} id={listId} aria-label={t.listLabel} data-testid="issues">
                {shown.map((issue, i) => (
                  <li key={`${issue.code}-${issue.sheet}-${issue.cell}-${i}`}>
                    <IssueRow
                      issue={issue}
                      disabled={busy}
                      onSelect={
                        inExcel
                          ? (target) => void act((app) => app.select(target.sheet, target.cell))
                          : undefined
                      }
                    />
                  </li>
                ))}
              </ul>
              {filtered.length > shown.length && (
                <div className={view.row}>
                  <Button data-testid="issues-more" onClick={() => setLimit((n) => n + PAGE)}>
                    {format(t.showMore, {
                      n: Math.min(PAGE, filtered.length - shown.length),
                      total: filtered.length,
                    })}
                  </Button>
                </div>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}

export function CheckView() {
  return (
    <ViewFrame id="check">
      <NeedWorkbook>
        <CheckContent />
      </NeedWorkbook>
    </ViewFrame>
  );
}
