// 检查: run the entry check and list what it found as `gangze check` prints it: errors first, the
// missing logs one line per person with their dates, then the other warnings; filter by kind and
// by person. Choosing an issue selects its cell; choosing a person's missing logs narrows the list
// to that person and selects where the log goes. 清除标记 removes the marks the check added.

import { useEffect, useId, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
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
import { useNavIntent } from "../navigation";
import { shortDates } from "../../domain/issueGroups";
import {
  checkPeople,
  checkSections,
  filterIssues,
  issueText,
  sortIssues,
  type IssueFilter,
} from "../viewModel";
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
  // opened from a 概览 tile: start with its filter, and run the check at once
  const intent = useNavIntent("check");
  const [filter, setFilter] = useState<IssueFilter>((intent?.filter as IssueFilter) ?? "all");
  const [person, setPerson] = useState("");
  const styles = useStyles();
  const personId = useId();
  const [cleared, setCleared] = useState(false);
  // A month without logs yields hundreds of warnings: list them a page at a time.
  const [limit, setLimit] = useState(PAGE);
  const listId = useId();
  const filterId = useId();
  const t = strings.check;

  const issues = result ? sortIssues(result.issues) : [];
  const errors = issues.filter((i) => i.severity === "error").length;
  const missingLogs = filterIssues(issues, "missingLog").length;
  const people = checkPeople(issues);
  const sections = checkSections(issues, filter, person || undefined);
  const shownErrors = sections.errors.slice(0, limit);
  const shownWarnings = sections.warnings.slice(0, Math.max(0, limit - shownErrors.length));
  const hidden =
    sections.errors.length + sections.warnings.length - shownErrors.length - shownWarnings.length;
  const select = inExcel
    ? (target: IssueItem) => void act((app) => app.select(target.sheet, target.cell))
    : undefined;
  function runCheck() {
    void act(async (app, progress) => {
      setCleared(false);
      setLimit(PAGE);
      setPerson("");
      setResult(await app.check(progress));
    });
  }
  useEffect(() => {
    if (intent?.run) runCheck();
  }, [intent]);
  const list = (items: IssueItem[]) => (
    <ul className={view.list}>
      {items.map((issue, i) => (
        <li key={`${issue.code}-${issue.sheet}-${issue.cell}-${i}`}>
          <IssueRow issue={issue} disabled={busy} onSelect={select} />
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <div className={view.row}>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          data-testid="check-run"
          onClick={runCheck}
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
                  {missingLogs > 0 && (
                    <Radio value="missingLog" label={`${t.filterMissingLogs} ${missingLogs}`} />
                  )}
                </RadioGroup>
              </div>
              {people.length > 0 && (
                <div className={view.row}>
                  <Text id={personId}>{t.personLabel}</Text>
                  <Select
                    aria-labelledby={personId}
                    data-testid="check-person"
                    value={person}
                    onChange={(_, data) => {
                      setPerson(data.value);
                      setLimit(PAGE);
                    }}
                  >
                    <option value="">{t.personAll}</option>
                    {people.map((p) => (
                      <option key={p} value={p}>
                        {p}
                      </option>
                    ))}
                  </Select>
                </div>
              )}
              <div id={listId} role="region" aria-label={t.listLabel} data-testid="issues">
                {shownErrors.length > 0 && (
                  <>
                    <Subtitle2 as="h3">
                      {format(t.errorsHeading, { n: sections.errors.length })}
                    </Subtitle2>
                    {list(shownErrors)}
                  </>
                )}
                {sections.missingLogs.length > 0 && (
                  <>
                    <Subtitle2 as="h3">
                      {format(t.missingLogsHeading, { n: sections.missingLogs.length })}
                    </Subtitle2>
                    <ul className={view.list} data-testid="missing-logs">
                      {sections.missingLogs.map((g) => {
                        const first = g.issues[0];
                        return (
                          <li key={g.person}>
                            <button
                              type="button"
                              className={mergeClasses(styles.issue, styles.clickable)}
                              aria-disabled={busy || undefined}
                              data-testid="missing-log-person"
                              title={
                                first?.cell
                                  ? format(t.selectHint, { sheet: first.sheet, cell: first.cell })
                                  : undefined
                              }
                              onClick={() => {
                                if (busy) return;
                                setPerson(g.person);
                                if (select && first?.cell) select(first);
                              }}
                            >
                              <Text>
                                {format(t.missingLogLine, {
                                  person: g.person,
                                  n: g.dates.length,
                                  dates: shortDates(g.dates),
                                })}
                              </Text>
                              {first?.fix && (
                                <Caption1>
                                  {t.fix}
                                  {first.fix}
                                </Caption1>
                              )}
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  </>
                )}
                {shownWarnings.length > 0 && (
                  <>
                    <Subtitle2 as="h3">
                      {format(t.warningsHeading, { n: sections.warnings.length })}
                    </Subtitle2>
                    {list(shownWarnings)}
                  </>
                )}
              </div>
              {hidden > 0 && (
                <div className={view.row}>
                  <Button data-testid="issues-more" onClick={() => setLimit((n) => n + PAGE)}>
                    {format(t.showMore, {
                      n: Math.min(PAGE, hidden),
                      total: sections.errors.length + sections.warnings.length,
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
