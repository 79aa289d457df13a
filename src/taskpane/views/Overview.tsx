// 概览: this month's counts from app.overview(), read when the view opens (and on 刷新).

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
import { errorMessage } from "../status";
import { NeedWorkbook, ViewFrame, useViewStyles } from "./parts";

const useStyles = makeStyles({
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    display: "flex",
    flexDirection: "column-reverse",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  term: { fontSize: tokens.fontSizeBase200 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
});

function Count(props: { id: string; label: string; value: number; swatch?: Swatch }) {
  const styles = useStyles();
  // A count is coloured only when it is not zero: a red 0 would be a false alarm.
  const style =
    props.swatch && props.value > 0
      ? { backgroundColor: props.swatch.background, color: props.swatch.color }
      : undefined;
  return (
    <div className={styles.tile} style={style} data-testid={`count-${props.id}`}>
      <dt className={styles.term}>{props.label}</dt>
      <dd className={styles.value}>{props.value}</dd>
    </div>
  );
}

function OverviewContent() {
  const { strings } = usePane();
  const { act, busy } = useAppActions();
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
          <dl className={styles.counts} aria-label={t.countsLabel}>
            <Count
              id="overdue"
              label={t.overdue}
              value={data.overdue}
              swatch={statusSwatch("逾期未完成")}
            />
            <Count
              id="dueSoon"
              label={t.dueSoon}
              value={data.dueSoon}
              swatch={statusSwatch("临期")}
            />
            <Count
              id="missingLogs"
              label={t.missingLogs}
              value={data.missingLogs}
              swatch={statusSwatch("临期")}
            />
            <Count
              id="errors"
              label={t.errors}
              value={data.errors}
              swatch={statusSwatch("逾期未完成")}
            />
            <Count
              id="warnings"
              label={t.warnings}
              value={data.warnings}
              swatch={statusSwatch("临期")}
            />
          </dl>
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
