// 逾期: a traffic-light list of the month's tasks (逾期未完成 red, 临期 amber, 逾期完成 orange,
// 按时完成 green, the workbooks' colours); choosing a task selects its row in 交办事项.

import { useId, useEffect, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { OverdueItem } from "../../app/actions";
import { format, type Strings } from "../../i18n";
import { useAppActions, useAppState } from "../appContext";
import { statusSwatch } from "../colors";
import { usePane } from "../hostContext";
import { useNavIntent } from "../navigation";
import { sortOverdue, statusCounts } from "../viewModel";
import { NeedWorkbook, ViewFrame, useViewStyles } from "./parts";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
    font: "inherit",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  plain: { cursor: "default" },
  head: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    flexWrap: "wrap",
  },
  status: { fontWeight: tokens.fontWeightSemibold },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  count: { padding: `0 ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusSmall },
});

function statusLabel(strings: Strings, status: string): string {
  return (strings.overdue.statuses as Record<string, string>)[status] ?? status;
}

function TaskRow(props: {
  item: OverdueItem;
  busy: boolean;
  /** absent in a browser: there is no Excel to select the row in */
  onSelect?: (item: OverdueItem) => void;
}) {
  const { strings } = usePane();
  const styles = useStyles();
  const { item } = props;
  const swatch = statusSwatch(item.status);
  const t = strings.overdue;
  const content = (
    <>
      <span className={styles.head}>
        <span className={styles.status}>{statusLabel(strings, item.status)}</span>
        <span>{item.id}</span>
        {item.overdueDays > 0 && <span>{format(t.days, { n: item.overdueDays })}</span>}
      </span>
      <Text>{item.title}</Text>
      <Caption1>{format(t.meta, { owner: item.owner, due: item.due })}</Caption1>
    </>
  );
  const style = { backgroundColor: swatch.background, color: swatch.color };
  const select = props.onSelect;
  if (!item.cell || !select) {
    return (
      <div
        className={mergeClasses(styles.item, styles.plain)}
        style={style}
        data-testid="task"
        data-status={item.status}
      >
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={styles.item}
      style={style}
      aria-disabled={props.busy || undefined}
      title={format(strings.check.selectHint, { sheet: item.sheet, cell: item.cell })}
      data-testid="task"
      data-status={item.status}
      onClick={() => !props.busy && select(item)}
    >
      {content}
    </button>
  );
}

const OVERDUE_ALL = { "zh-CN": "显示全部状态", "en-US": "Show all statuses" };

function OverdueContent() {
  const { strings, locale } = usePane();
  const { act, busy } = useAppActions();
  const inExcel = useAppState().app?.mode === "excel";
  const styles = useStyles();
  const view = useViewStyles();
  const [items, setItems] = useState<OverdueItem[] | null>(null);
  // opened from a 概览 tile: that status only, loaded at once
  const intent = useNavIntent("overdue");
  const [only, setOnly] = useState<string | null>(intent?.filter ?? null);
  const load = () => void act(async (app, progress) => setItems(await app.overdue(progress)));
  useEffect(() => {
    if (intent?.run) load();
  }, [intent]);
  const listId = useId();
  const t = strings.overdue;
  const sorted = items ? sortOverdue(items).filter((i) => !only || i.status === only) : [];

  return (
    <>
      <div className={view.row}>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          data-testid="overdue-run"
          onClick={load}
        >
          {t.run}
        </Button>
        {only && (
          <Button data-testid="overdue-all" onClick={() => setOnly(null)}>
            {OVERDUE_ALL[locale]}
          </Button>
        )}
      </div>
      {items && sorted.length === 0 && <Body1 data-testid="overdue-none">{t.none}</Body1>}
      {sorted.length > 0 && (
        <>
          <div className={styles.counts} data-testid="overdue-counts">
            {statusCounts(sorted).map(({ status, n }) => {
              const swatch = statusSwatch(status);
              return (
                <span
                  key={status}
                  className={styles.count}
                  style={{ backgroundColor: swatch.background, color: swatch.color }}
                >
                  {format(t.count, { status: statusLabel(strings, status), n })}
                </span>
              );
            })}
          </div>
          <ul className={view.list} id={listId} aria-label={t.listLabel} data-testid="tasks">
            {sorted.map((item) => (
              <li key={`${item.id}-${item.sheet}-${item.cell}`}>
                <TaskRow
                  item={item}
                  busy={busy}
                  onSelect={
                    inExcel
                      ? (target) => void act((app) => app.select(target.sheet, target.cell))
                      : undefined
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function OverdueView() {
  return (
    <ViewFrame id="overdue">
      <NeedWorkbook>
        <OverdueContent />
      </NeedWorkbook>
    </ViewFrame>
  );
}
