// 年度: the director picks the month workbooks of a year (the pane's own file picker, several at
// once); the app scores each from its entries and assesses the year as `gangze year` does. Shown:
// the annual table (rank, score, grade, money, months not scored), each person's trend over
// January–December as a sparkline on one shared scale (plain SVG, readable at 350 px), quota
// progress, and the 年度考核工作簿 to download — in Excel also to open in a new window. Needs no
// open month workbook: it works on the files picked, in Excel and in a plain browser alike.

import { useId, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FileBytes, YearPersonView, YearView } from "../../app/actions";
import { format } from "../../i18n";
import { YEAR_STRINGS } from "../../i18n/yearStrings";
import { useAppActions, useAppState } from "../appContext";
import { gradeBar } from "../colors";
import { readFile } from "../files";
import { usePane } from "../hostContext";
import { formatMoney, formatScore } from "../viewModel";
import {
  formatRate,
  monthName,
  parseRatio,
  trendGeometry,
  trendScale,
  yearRanking,
} from "../yearModel";
import type { ChartScale } from "../chartScale";
import { FilePicker } from "./FilePicker";
import { Downloads, GradeBadge, SectionHeading, ViewFrame, useViewStyles } from "./parts";

const useStyles = makeStyles({
  label: { fontWeight: tokens.fontWeightSemibold },
  ratio: { maxWidth: "200px" },
  // the annual table fits 320–350 px: small type, tight cells
  table: {
    tableLayout: "auto",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { paddingLeft: "2px", paddingRight: "2px" },
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  nowrap: { whiteSpace: "nowrap" },
  missing: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  trend: {
    display: "grid",
    // name, the line, the annual score beside it (not pushed to the far edge)
    gridTemplateColumns: "auto minmax(0, 180px) auto",
    justifyContent: "start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    alignItems: "center",
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  // each row's three cells sit in the grid's columns
  trendRow: { display: "contents" },
  trendName: { whiteSpace: "nowrap", fontSize: tokens.fontSizeBase200 },
  trendScore: {
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    textAlign: "end",
    whiteSpace: "nowrap",
  },
  // drawn at its own size (no stretching: dots stay round); narrower panes shrink it evenly
  spark: { display: "block", width: "180px", maxWidth: "100%", height: "auto" },
  axis: { display: "block", width: "180px", maxWidth: "100%", height: "auto" },
  quota: { fontSize: tokens.fontSizeBase200 },
});

/** The sparkline's drawing box (the SVG scales it to the column's width). */
const SPARK_W = 180;
const SPARK_H = 28;

function AnnualTable(props: { year: YearView }) {
  const { locale } = usePane();
  const t = YEAR_STRINGS[locale];
  const styles = useStyles();
  const view = useViewStyles();
  const c = t.columns;
  return (
    <div className={view.scroll} role="region" aria-label={t.tableRegion} tabIndex={0}>
      <Table size="extra-small" className={styles.table} data-testid="year-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.nowrap}>{c.rank}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{c.name}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{c.score}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{c.grade}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{c.money}</TableHeaderCell>
            <TableHeaderCell>{c.missing}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {yearRanking(props.year.people).map((p) => (
            <TableRow key={p.name} data-testid="year-row">
              <TableCell className={styles.number}>{p.rank}</TableCell>
              <TableCell className={styles.nowrap}>
                {p.name}
                {p.veto && (
                  <span className={styles.missing} title={t.veto} aria-label={t.veto}>
                    {" "}
                    ⚑
                  </span>
                )}
              </TableCell>
              <TableCell className={styles.number}>{formatScore(p.score)}</TableCell>
              <TableCell>
                <GradeBadge grade={p.grade} />
              </TableCell>
              <TableCell className={styles.number}>{formatMoney(p.money)}</TableCell>
              <TableCell className={styles.missing}>
                {p.missing.length
                  ? p.missing
                      .map((m) => monthName(m, locale))
                      .join(locale === "zh-CN" ? "、" : ", ")
                  : t.noMissing}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Sparkline(props: { person: YearPersonView; scale: ChartScale }) {
  const { locale } = usePane();
  const t = YEAR_STRINGS[locale];
  const styles = useStyles();
  const { points, segments } = trendGeometry(props.person, props.scale, SPARK_W, SPARK_H);
  const scored = new Map(props.person.months.map((m) => [m.month, m]));
  const label = format(t.trendLabel, {
    name: props.person.name,
    list: [...props.person.months.map((m) => m.month), ...props.person.missing]
      .sort()
      .map((month) => {
        const m = scored.get(month);
        return m
          ? format(t.trendItem, {
              month: monthName(month, locale),
              score: formatScore(m.score),
              grade: m.grade,
            })
          : format(t.trendMissing, { month: monthName(month, locale) });
      })
      .join(locale === "zh-CN" ? "，" : "; "),
  });
  return (
    <svg
      className={styles.spark}
      viewBox={`0 0 ${SPARK_W} ${SPARK_H}`}
      role="img"
      aria-label={label}
      data-testid="year-spark"
    >
      {segments.map((seg, i) => (
        <polyline
          key={i}
          points={seg.map((p) => `${p.x},${p.y}`).join(" ")}
          fill="none"
          stroke={tokens.colorNeutralStroke1Pressed}
          strokeWidth={1.5}
        />
      ))}
      {points.map((p) => (
        <g key={p.month}>
          {p.veto && (
            <circle cx={p.x} cy={p.y} r={4.5} fill="none" stroke="#C50F1F" strokeWidth={1.5} />
          )}
          <circle cx={p.x} cy={p.y} r={2.5} fill={gradeBar(p.grade)} data-month={p.month} />
        </g>
      ))}
    </svg>
  );
}

/** The months under the sparklines: 1, 3, 6, 9, 12 at their places. */
function MonthAxis() {
  const { locale } = usePane();
  const t = YEAR_STRINGS[locale];
  const styles = useStyles();
  const pad = 4;
  return (
    <svg className={styles.axis} viewBox={`0 0 ${SPARK_W} 14`} aria-hidden="true">
      {[1, 3, 6, 9, 12].map((n) => {
        const x = pad + ((n - 1) / 11) * (SPARK_W - 2 * pad);
        return (
          <text
            key={n}
            x={x}
            y={11}
            fontSize={10}
            textAnchor={n === 1 ? "start" : n === 12 ? "end" : "middle"}
            fill={tokens.colorNeutralForeground2}
          >
            {n}
            {t.monthShort}
          </text>
        );
      })}
    </svg>
  );
}

function Trend(props: { year: YearView }) {
  const { locale } = usePane();
  const t = YEAR_STRINGS[locale];
  const styles = useStyles();
  const view = useViewStyles();
  const id = useId();
  const scale = trendScale(props.year.people);
  return (
    <section className={view.section} aria-labelledby={id}>
      <SectionHeading id={id}>{t.trendHeading}</SectionHeading>
      <Caption1 className={view.hint}>{t.trendHint}</Caption1>
      <ul className={styles.trend} aria-labelledby={id} data-testid="year-trend">
        {yearRanking(props.year.people).map((p) => (
          <li key={p.name} className={styles.trendRow}>
            <span className={styles.trendName}>{p.name}</span>
            <Sparkline person={p} scale={scale} />
            <span className={styles.trendScore}>{formatScore(p.score)}</span>
          </li>
        ))}
        <li className={styles.trendRow} aria-hidden="true">
          <span />
          <MonthAxis />
          <span />
        </li>
      </ul>
    </section>
  );
}

function Quotas(props: { year: YearView }) {
  const { locale } = usePane();
  const t = YEAR_STRINGS[locale];
  const styles = useStyles();
  const view = useViewStyles();
  const id = useId();
  if (props.year.quotas.length === 0) return null;
  return (
    <section className={view.section} aria-labelledby={id}>
      <SectionHeading id={id}>{t.quotaHeading}</SectionHeading>
      <ul className={view.list} aria-labelledby={id} data-testid="year-quotas">
        {props.year.quotas.map((q) => (
          <li key={`${q.person}|${q.indicator}`} className={styles.quota}>
            {format(t.quotaLine, {
              person: q.person,
              indicator: q.indicator,
              cumulative: q.cumulative,
              target: q.annualTarget,
              rate: formatRate(q.rate),
            })}
            {locale === "zh-CN" ? "；" : "; "}
            {q.annualTarget <= 0
              ? t.quotaNoTarget
              : q.remaining <= 0
                ? t.quotaDone
                : q.perMonth !== null
                  ? format(t.quotaLeft, { n: q.perMonth })
                  : ""}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AnnualView() {
  const { locale } = usePane();
  const t = YEAR_STRINGS[locale];
  const { act, busy, ready } = useAppActions();
  const { app } = useAppState();
  const styles = useStyles();
  const view = useViewStyles();
  const ids = { pick: useId(), input: useId(), hint: useId(), result: useId(), book: useId() };
  const [files, setFiles] = useState<FileBytes[]>([]);
  const [ratioText, setRatioText] = useState("");
  const [year, setYear] = useState<YearView | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const ratio = parseRatio(ratioText);

  const run = (picked: FileBytes[] | File[]) =>
    void act(async (a, progress) => {
      setYear(null);
      setOpened(null);
      const bytes = await Promise.all(
        picked.map((f) => (f instanceof File ? readFile(f) : Promise.resolve(f)))
      );
      setFiles(bytes);
      const options = typeof ratio === "number" ? { excellentRatio: ratio } : {};
      setYear(await a.year(bytes, options, progress));
    });

  const pick = (chosen: File[]) => {
    if (chosen.length > 0) run(chosen);
  };

  return (
    <ViewFrame id="year">
      <section className={view.section} aria-labelledby={ids.pick}>
        <SectionHeading id={ids.pick}>{t.pickHeading}</SectionHeading>
        <label htmlFor={ids.input} className={styles.label}>
          {t.pickLabel}
        </label>
        <FilePicker
          id={ids.input}
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy || !ready}
          describedBy={ids.hint}
          testId="year-input"
          onFiles={pick}
        />
        <Caption1 id={ids.hint} className={view.hint}>
          {t.pickHint}
        </Caption1>
        <Field
          label={t.ratioLabel}
          hint={t.ratioHint}
          className={styles.ratio}
          validationState={ratio === null ? "error" : "none"}
          validationMessage={ratio === null ? t.ratioInvalid : undefined}
        >
          <Input
            value={ratioText}
            inputMode="decimal"
            data-testid="year-ratio"
            onChange={(_, d) => setRatioText(d.value)}
          />
        </Field>
        {files.length > 0 && (
          <div className={view.row}>
            <Button
              disabledFocusable={busy || ratio === null}
              data-testid="year-run"
              onClick={() => run(files)}
            >
              {t.run}
            </Button>
          </div>
        )}
      </section>
      {year && (
        <>
          <section className={view.section} aria-labelledby={ids.result}>
            <SectionHeading id={ids.result}>{t.tableHeading}</SectionHeading>
            <MessageBar intent="success" data-testid="year-result">
              <MessageBarBody>
                {year.message}
                {year.excellentLimit !== null &&
                  (locale === "zh-CN" ? "；" : "; ") +
                    format(t.excellentLimit, { n: year.excellentLimit })}
              </MessageBarBody>
            </MessageBar>
            {year.notes.length > 0 && (
              <MessageBar intent="warning" data-testid="year-notes">
                <MessageBarBody>
                  {year.notes.map((n) => (
                    <Body1 as="p" key={n}>
                      {n}
                    </Body1>
                  ))}
                </MessageBarBody>
              </MessageBar>
            )}
            <AnnualTable year={year} />
          </section>
          <Trend year={year} />
          <Quotas year={year} />
          <section className={view.section} aria-labelledby={ids.book}>
            <SectionHeading id={ids.book}>{t.workbookHeading}</SectionHeading>
            <Caption1 className={view.hint}>{t.workbookHint}</Caption1>
            {app?.openCopy && (
              <div className={view.row}>
                <Button
                  appearance="primary"
                  disabledFocusable={busy}
                  data-testid="year-open"
                  onClick={() =>
                    void act(async (a) => {
                      const r = await a.openCopy?.(year.file);
                      if (r) setOpened(r.message);
                    })
                  }
                >
                  {t.openCopy}
                </Button>
              </div>
            )}
            {opened && (
              <MessageBar intent="info" data-testid="year-opened">
                <MessageBarBody>{opened}</MessageBarBody>
              </MessageBar>
            )}
            <Downloads files={[year.file]} testId="year-downloads" />
          </section>
        </>
      )}
    </ViewFrame>
  );
}
