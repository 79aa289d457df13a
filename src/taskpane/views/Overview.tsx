// 概览: this month's counts from app.overview(), read when the view opens (and on 刷新). Each
// tile opens the list behind its number: 逾期/临期 in 逾期, errors, warnings and missing logs in 检查.

import { useEffect, useState } from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { OverviewData } from "../../app/actions";
import { format } from "../../i18n";
import { useAppActions } from "../appContext";
import { statusSwatch, type Swatch } from "../colors";
import { usePane } from "../hostContext";
import { useNavigation } from "../navigation";
import { errorMessage } from "../status";
import { NeedWorkbook, ViewFrame, useViewStyles } from "./parts";

const useStyles = makeStyles({
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  tile: {
    display: "flex",
    flexDirection: "column-reverse",
    alignItems: "flex-start",
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    ":hover": { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  term: { fontSize: tokens.fontSizeBase200 },
  open: { fontSize: tokens.fontSizeBase100, textDecoration: "underline" },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
});

function Count(props: {
  id: string;
  label: string;
  value: number;
  swatch?: Swatch;
  onOpen: () => void;
}) {
  const styles = useStyles();
  const { locale } = usePane();
  // A count is coloured only when it is not zero: a red 0 would be a false alarm.
  const style =
    props.swatch && props.value > 0
      ? { backgroundColor: props.swatch.background, color: props.swatch.color }
      : undefined;
  return (
    <li>
      <button
        type="button"
        className={styles.tile}
        style={style}
        data-testid={`count-${props.id}`}
        onClick={props.onOpen}
      >
        <span className={styles.open}>{OPEN_LIST[locale]}</span>
        <span className={styles.value} data-part="value">
          {props.value}
        </span>
        <span className={styles.term} data-part="label">
          {props.label}
        </span>
      </button>
    </li>
  );
}

const OPEN_LIST = { "zh-CN": "查看清单", "en-US": "Show the list" };

function OverviewContent() {
  const { strings } = usePane();
  const { act, busy } = useAppActions();
  const { go } = useNavigation();
  const styles = useStyles();
  const view = useViewStyles();
  const [data, setData] = useState<OverviewData | null>(null);
  const t = strings.overview;

  const [notice, setNotice] = useState<string | null>(null);

  const refresh = () => act(async (app, progress) => setData(await app.overview(progress)));
  useEffect(() => {
    // Read once when the view opens (or another workbook is opened). A workbook that is not a
    // month workbook yet (a new, blank one) is normal here: say so calmly, not as a failure;
    // 刷新 reports errors in the error bar.
    void act(async (app, progress) => {
      try {
        setData(await app.overview(progress));
      } catch (error) {
        setNotice(errorMessage(error));
      }
    });
  }, []);

  return (
    <>
      <div className={view.row}>
        <Button onClick={() => void refresh()} disabledFocusable={busy}>
          {t.refresh}
        </Button>
      </div>
      {notice && !data && (
        <MessageBar intent="info" data-testid="overview-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {data && (
        <div className={view.section} data-testid="overview">
          <Body1 data-testid="overview-period">
            {format(t.period, { office: data.office, month: data.month, asOf: data.asOf })}
            {"　"}
            {format(t.people, { n: data.people })}
          </Body1>
          <ul className={styles.counts} aria-label={t.countsLabel}>
            <Count
              id="overdue"
              onOpen={() => go({ view: "overdue", filter: "逾期未完成", run: true })}
              label={t.overdue}
              value={data.overdue}
              swatch={statusSwatch("逾期未完成")}
            />
            <Count
              id="dueSoon"
              onOpen={() => go({ view: "overdue", filter: "临期", run: true })}
              label={t.dueSoon}
              value={data.dueSoon}
              swatch={statusSwatch("临期")}
            />
            <Count
              id="missingLogs"
              onOpen={() => go({ view: "check", filter: "missingLog", run: true })}
              label={t.missingLogs}
              value={data.missingLogs}
              swatch={statusSwatch("临期")}
            />
            <Count
              id="errors"
              onOpen={() => go({ view: "check", filter: "error", run: true })}
              label={t.errors}
              value={data.errors}
              swatch={statusSwatch("逾期未完成")}
            />
            <Count
              id="warnings"
              onOpen={() => go({ view: "check", filter: "warning", run: true })}
              label={t.warnings}
              value={data.warnings}
              swatch={statusSwatch("临期")}
            />
          </ul>
          {data.notices.length > 0 && (
            <MessageBar intent="warning" data-testid="overview-notices">
              <MessageBarBody>
                <MessageBarTitle>{t.notices}</MessageBarTitle>
                <ul className={view.list}>
                  {data.notices.map((notice) => (
                    <li key={notice}>{notice}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
    </>
  );
}

export function OverviewView() {
  return (
    <ViewFrame id="overview">
      <NeedWorkbook>
        <OverviewContent />
      </NeedWorkbook>
    </ViewFrame>
  );
}
