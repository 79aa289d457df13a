// 日历: the director pastes the State Council's holiday notice, sees every day read from it (or
// why it was refused, with the sentence quoted), and enters it into the month workbook's 日历
// through GangzeApp (the app layer rebuilds the workbook; this component never touches Excel).

import { useId, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { NoticePreview } from "../../app/actions";
import { format } from "../../i18n";
import { useAppActions, useAppState } from "../appContext";
import { usePane } from "../hostContext";
import { NeedWorkbook, SectionHeading, ViewFrame, useViewStyles } from "./parts";

const useStyles = makeStyles({
  text: { width: "100%" },
  days: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      textAlign: "left",
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  work: { fontWeight: tokens.fontWeightSemibold },
  quote: { fontStyle: "italic", overflowWrap: "anywhere" },
});

function CalendarContent() {
  const { strings } = usePane();
  const { act, busy } = useAppActions();
  const { app } = useAppState();
  const styles = useStyles();
  const view = useViewStyles();
  const t = strings.calendar;
  const ids = { paste: useId(), hint: useId(), days: useId(), heading: useId() };
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<NoticePreview | null>(null);
  const [entered, setEntered] = useState<string | null>(null);

  const read = () =>
    void act(async (a) => {
      setEntered(null);
      setPreview(await a.previewNotice(text));
    });
  const enter = () =>
    void act(async (a, progress) => {
      setEntered(null);
      setEntered((await a.enterNotice(text, progress)).message);
    });

  return (
    <section className={view.section} aria-labelledby={ids.heading}>
      <SectionHeading id={ids.heading}>{t.pasteLabel}</SectionHeading>
      <Textarea
        id={ids.paste}
        className={styles.text}
        resize="vertical"
        rows={6}
        value={text}
        aria-label={t.pasteLabel}
        aria-describedby={ids.hint}
        data-testid="notice-text"
        onChange={(_, data) => {
          setText(data.value);
          setPreview(null);
          setEntered(null);
        }}
      />
      <Caption1 id={ids.hint} className={view.hint}>
        {t.pasteHint}
      </Caption1>
      <div className={view.row}>
        <Button
          disabledFocusable={busy || !app || text.trim() === ""}
          data-testid="notice-read"
          onClick={read}
        >
          {t.read}
        </Button>
        <Button
          appearance="primary"
          disabledFocusable={busy || !preview?.ok}
          data-testid="notice-enter"
          onClick={enter}
        >
          {t.enter}
        </Button>
      </div>
      {preview && !preview.ok && (
        <MessageBar intent="error" data-testid="notice-refused">
          <MessageBarBody>
            <strong>{t.refused}：</strong>
            {preview.message}
            {preview.sentence && (
              <div>
                {t.quoted}：<span className={styles.quote}>“{preview.sentence}”</span>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {preview?.ok && (
        <>
          <Body1 data-testid="notice-summary">
            {format(t.summary, {
              year: preview.year,
              off: preview.holidays,
              work: preview.workdays,
            })}
          </Body1>
          {preview.advisory.map((a) => (
            <Caption1 key={a} className={view.hint}>
              {t.advisory}
              {a}
            </Caption1>
          ))}
          <table className={styles.days} aria-label={t.daysLabel} data-testid="notice-days">
            <thead>
              <tr>
                <th scope="col">{t.columns.date}</th>
                <th scope="col">{t.columns.weekday}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.holiday}</th>
              </tr>
            </thead>
            <tbody>
              {preview.days.map((d) => (
                <tr key={d.date} className={d.kind === "上班" ? styles.work : undefined}>
                  <td>{d.date}</td>
                  <td>{t.weekdays[d.weekday]}</td>
                  <td>{t.kinds[d.kind]}</td>
                  <td>{d.holiday}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {entered && (
        <MessageBar intent="success" data-testid="notice-entered">
          <MessageBarBody>{entered}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export function CalendarView() {
  return (
    <ViewFrame id="calendar">
      <NeedWorkbook>
        <CalendarContent />
      </NeedWorkbook>
    </ViewFrame>
  );
}
