// 评分: scores, grades, ranks and reward amounts of every person; a person's breakdown one click
// from the ranking (every deduction with the cell it comes from); a weekly table that fits a
// 320–350 px pane; a bar chart drawn in plain SVG on a scale around the scores, bars coloured by
// grade with a legend (no chart library in the bundle).

import { useEffect, useId, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DeductionSource, ScoreResult } from "../../app/actions";
import type { Deduction, PersonResult } from "../../domain/types";
import { format } from "../../i18n";
import { SCORE_EXTRA } from "../../i18n/scoreStrings";
import { useAppActions, useAppState } from "../appContext";
import { chartScale, scaleX } from "../chartScale";
import { gradeBar } from "../colors";
import { usePane } from "../hostContext";
import { byRank, formatMoney, formatScore, shortDate, weekScores } from "../viewModel";
import { ProvisionalBanner } from "./ProvisionalBanner";
import { GradeBadge, NeedWorkbook, SectionHeading, ViewFrame, useViewStyles } from "./parts";

const useStyles = makeStyles({
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  nowrap: { whiteSpace: "nowrap" },
  chart: { display: "block", width: "100%", height: "auto" },
  // Fluent's tables split the width equally (fixed layout): week headings then overlap
  auto: { tableLayout: "auto" },
  // the weekly table must fit 320 px: small type, tight cells, dates under the week label
  compact: {
    tableLayout: "auto",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      paddingLeft: "2px",
      paddingRight: "2px",
    },
  },
  weekHead: { display: "flex", flexDirection: "column", alignItems: "flex-end" },
  weekDates: {
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase100,
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground2,
  },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
    alignItems: "center",
  },
  legendItem: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  legendSwatch: { width: "12px", height: "12px", borderRadius: "2px", display: "inline-block" },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  itemHead: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  kind: { fontWeight: tokens.fontWeightSemibold },
  points: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
    whiteSpace: "nowrap",
  },
});

function Ranking(props: { people: PersonResult[]; onOpen: (name: string) => void }) {
  const { strings, locale } = usePane();
  const extra = SCORE_EXTRA[locale];
  const styles = useStyles();
  const view = useViewStyles();
  const c = strings.score.columns;
  return (
    <div className={view.scroll} role="region" aria-label={strings.score.tableRegion} tabIndex={0}>
      <Table size="extra-small" className={styles.auto} data-testid="score-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.nowrap}>{c.rank}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{c.name}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{c.post}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{c.score}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{c.grade}</TableHeaderCell>
            <TableHeaderCell className={styles.nowrap}>{c.money}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.people.map((p) => (
            <TableRow key={p.name}>
              <TableCell className={styles.number}>{p.rank}</TableCell>
              <TableCell className={styles.nowrap}>
                <Link
                  as="button"
                  aria-label={format(extra.openBreakdown, { name: p.name })}
                  data-testid="person-open"
                  onClick={() => props.onOpen(p.name)}
                >
                  {p.name}
                </Link>
              </TableCell>
              <TableCell>{p.post}</TableCell>
              <TableCell className={styles.number}>{formatScore(p.score)}</TableCell>
              <TableCell>
                <GradeBadge grade={p.grade} />
              </TableCell>
              <TableCell className={styles.number}>{formatMoney(p.money)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** `10/26–31` within a month, `9/28–10/4` across two. */
function weekRange(start: string, end: string): string {
  const a = shortDate(start);
  const b = shortDate(end);
  const [am] = a.split("/");
  const [bm, bd] = b.split("/");
  return am === bm ? `${a}–${bd}` : `${a}–${b}`;
}

function Weekly(props: { people: PersonResult[]; weeks: ScoreResult["weeks"] }) {
  const { strings } = usePane();
  const styles = useStyles();
  const view = useViewStyles();
  return (
    <div className={view.scroll} role="region" aria-label={strings.score.weeklyRegion} tabIndex={0}>
      <Table size="extra-small" className={styles.compact} data-testid="weekly-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.score.columns.name}</TableHeaderCell>
            {props.weeks.map((w, i) => (
              <TableHeaderCell key={w.start}>
                {/* the cell lays its content out in a row: a column box puts the dates under the label */}
                <span className={styles.weekHead}>
                  <span className={styles.nowrap}>
                    {format(strings.score.weekLabel, { n: i + 1 })}
                  </span>
                  <span className={styles.weekDates}>{weekRange(w.start, w.end)}</span>
                </span>
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.people.map((p) => (
            <TableRow key={p.name}>
              <TableCell className={styles.nowrap}>{p.name}</TableCell>
              {weekScores(p, props.weeks).map((s, i) => (
                <TableCell key={props.weeks[i].start} className={styles.number}>
                  {s === null ? strings.score.notScored : formatScore(s)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

const CHART = { width: 320, row: 22, label: 52, value: 36, axis: 18 };

/** Horizontal bars, one per person in rank order, on a scale around the scores with grid lines;
 *  the picture is one image with its data in the accessible name (the table carries the same). */
function Chart(props: { people: PersonResult[] }) {
  const { strings, locale } = usePane();
  const extra = SCORE_EXTRA[locale];
  const styles = useStyles();
  const view = useViewStyles();
  const bars = CHART.width - CHART.label - CHART.value;
  const scale = chartScale(props.people.map((p) => p.score));
  const height = props.people.length * CHART.row + CHART.axis;
  const label = format(strings.score.chartLabel, {
    list: props.people
      .map((p) => format(strings.score.chartItem, { name: p.name, score: formatScore(p.score) }))
      .join("，"),
  });
  const grades = [...new Set(props.people.map((p) => p.grade))];
  return (
    <>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${CHART.width} ${height}`}
        role="img"
        aria-label={label}
        data-testid="score-chart"
        data-lo={scale.lo}
        data-hi={scale.hi}
      >
        {scale.ticks.map((t) => {
          const x = CHART.label + scaleX(scale, t, bars);
          return (
            <g key={t} aria-hidden="true">
              <line
                x1={x}
                x2={x}
                y1={0}
                y2={height - CHART.axis + 2}
                stroke="#C8C8C8"
                strokeWidth="1"
                strokeDasharray={t === 100 ? undefined : "2 2"}
              />
              <text
                x={x}
                y={height - 4}
                textAnchor="middle"
                fontSize="10"
                style={{ fill: tokens.colorNeutralForeground2 }}
              >
                {t}
              </text>
            </g>
          );
        })}
        {props.people.map((p, i) => {
          const y = i * CHART.row;
          const w = Math.max(1, scaleX(scale, p.score, bars));
          return (
            <g key={p.name} aria-hidden="true">
              <text
                x={CHART.label - 4}
                y={y + 15}
                textAnchor="end"
                fontSize="12"
                style={{ fill: tokens.colorNeutralForeground1 }}
              >
                {p.name}
              </text>
              <rect
                x={CHART.label}
                y={y + 4}
                width={w}
                height={CHART.row - 8}
                rx="2"
                fill={gradeBar(p.grade)}
              />
              <text
                x={CHART.label + w + 3}
                y={y + 15}
                fontSize="11"
                style={{ fill: tokens.colorNeutralForeground1 }}
              >
                {formatScore(p.score)}
              </text>
            </g>
          );
        })}
      </svg>
      <ul className={styles.legend} aria-label={extra.legend} data-testid="score-legend">
        {grades.map((g) => (
          <li key={g} className={styles.legendItem}>
            <span
              className={styles.legendSwatch}
              style={{ backgroundColor: gradeBar(g) }}
              aria-hidden="true"
            />
            <Caption1>{g}</Caption1>
          </li>
        ))}
      </ul>
      <Caption1 className={view.hint}>
        {format(extra.scaleNote, { lo: scale.lo, hi: scale.hi })}
      </Caption1>
    </>
  );
}

function refText(d: Deduction, extra: (typeof SCORE_EXTRA)["zh-CN"]): string {
  switch (d.kind) {
    case "逾期未完成":
    case "逾期完成":
    case "未及时回报":
      return format(extra.refTask, { ref: d.ref });
    case "检查扣分":
      return format(extra.refFinding, { ref: d.ref });
    case "指标差额":
      return format(extra.refQuota, { ref: d.ref });
    default:
      return format(extra.refDate, { ref: d.ref });
  }
}

/** One person's account: the totals, then every deduction with its source and a jump to it. */
function Breakdown(props: {
  person: PersonResult;
  sources: (DeductionSource | null)[] | undefined;
  onBack: () => void;
}) {
  const { locale } = usePane();
  const extra = SCORE_EXTRA[locale];
  const { act, busy } = useAppActions();
  const { app } = useAppState();
  const styles = useStyles();
  const view = useViewStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const p = props.person;
  const deducted = p.deductions.reduce((sum, d) => sum + d.points, 0);
  // the breakdown replaces the ranking: move focus to its heading so a screen reader follows
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className={view.section} aria-labelledby={headingId} data-testid="person-breakdown">
      <div className={view.row}>
        <Button onClick={props.onBack} data-testid="person-back">
          {extra.back}
        </Button>
      </div>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} style={{ margin: 0, fontSize: "16px" }}>
        {format(extra.breakdownHeading, { name: p.name })}
      </h3>
      <Body1 data-testid="person-summary">
        {format(extra.breakdownSummary, {
          score: formatScore(p.score),
          grade: p.grade,
          money: formatMoney(p.money),
        })}
        {format(extra.breakdownTotals, {
          deducted: formatScore(deducted),
          bonus: formatScore(p.bonus),
        })}
      </Body1>
      {p.deductions.length === 0 ? (
        <Body1>{extra.none}</Body1>
      ) : (
        <ul className={view.list} aria-label={extra.listLabel} data-testid="person-deductions">
          {p.deductions.map((d, i) => {
            const at = props.sources?.[i] ?? null;
            return (
              <li key={`${d.kind}-${d.ref}-${i}`} className={styles.item}>
                <span className={styles.itemHead}>
                  <span className={styles.kind}>{d.kind}</span>
                  <span className={styles.points}>
                    {format(extra.points, { points: formatScore(d.points) })}
                  </span>
                </span>
                <span>
                  {refText(d, extra)}
                  {d.duty ? `\u3000${format(extra.duty, { duty: d.duty })}` : ""}
                </span>
                {at &&
                  (app?.mode === "excel" ? (
                    <Link
                      as="button"
                      disabled={busy}
                      data-testid="person-jump"
                      onClick={() => void act((a) => a.select(at.sheet, at.cell))}
                    >
                      {format(extra.jump, { sheet: at.sheet, cell: at.cell })}
                    </Link>
                  ) : (
                    <Caption1 className={view.hint}>
                      {format(extra.where, { sheet: at.sheet, cell: at.cell })}
                    </Caption1>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ScoreContent() {
  const { strings, locale } = usePane();
  const extra = SCORE_EXTRA[locale];
  const { act, busy } = useAppActions();
  const view = useViewStyles();
  const [result, setResult] = useState<ScoreResult | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const ids = { ranking: useId(), weekly: useId(), chart: useId() };
  const t = strings.score;
  const people = result ? byRank(result.report.people) : [];
  const person = open ? people.find((p) => p.name === open) : undefined;

  return (
    <>
      <div className={view.row}>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          data-testid="score-run"
          onClick={() =>
            void act(async (app, progress) => {
              setOpen(null);
              setResult(await app.score(progress));
            })
          }
        >
          {t.run}
        </Button>
      </div>
      {result && person && (
        <Breakdown
          person={person}
          sources={result.sources?.[person.name]}
          onBack={() => setOpen(null)}
        />
      )}
      {result && !person && (
        <>
          <Body1 data-testid="score-caption">
            {format(t.caption, { month: result.report.period, asOf: result.report.asOf })}
          </Body1>
          <ProvisionalBanner years={result.report.provisionalYears} />
          <section className={view.section} aria-labelledby={ids.ranking}>
            <SectionHeading id={ids.ranking}>{t.rankingHeading}</SectionHeading>
            <Caption1 className={view.hint}>{extra.rankingHint}</Caption1>
            <Ranking people={people} onOpen={setOpen} />
          </section>
          <section className={view.section} aria-labelledby={ids.weekly}>
            <SectionHeading id={ids.weekly}>{t.weeklyHeading}</SectionHeading>
            <Weekly people={people} weeks={result.weeks} />
          </section>
          <section className={view.section} aria-labelledby={ids.chart}>
            <SectionHeading id={ids.chart}>{t.chartHeading}</SectionHeading>
            <Chart people={people} />
          </section>
        </>
      )}
    </>
  );
}

export function ScoreView() {
  return (
    <ViewFrame id="score">
      <NeedWorkbook>
        <ScoreContent />
      </NeedWorkbook>
    </ViewFrame>
  );
}
