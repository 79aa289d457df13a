// 评分: scores, grades, ranks and reward amounts of every person, a weekly view (one column per
// week of the month) and a bar chart drawn in plain SVG (no chart library in the bundle).

import { useId, useState } from "react";
import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ScoreResult } from "../../app/actions";
import type { PersonResult } from "../../domain/types";
import { format } from "../../i18n";
import { useAppActions } from "../appContext";
import { gradeBar, gradeSwatch } from "../colors";
import { usePane } from "../hostContext";
import { barWidth, byRank, formatMoney, formatScore, shortDate, weekScores } from "../viewModel";
import { ProvisionalBanner } from "./ProvisionalBanner";
import { NeedWorkbook, SectionHeading, ViewFrame, useViewStyles } from "./parts";

const useStyles = makeStyles({
  grade: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  nowrap: { whiteSpace: "nowrap" },
  chart: { display: "block", width: "100%", height: "auto" },
  // Fluent's tables split the width equally (fixed layout): week headings then overlap
  auto: { tableLayout: "auto" },
  weekHead: { display: "flex", flexDirection: "column" },
  weekDates: {
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase100,
    whiteSpace: "nowrap",
  },
});

function GradeBadge(props: { grade: string }) {
  const styles = useStyles();
  const swatch = gradeSwatch(props.grade);
  return (
    <span
      className={styles.grade}
      style={{ backgroundColor: swatch.background, color: swatch.color }}
    >
      {props.grade}
    </span>
  );
}

function Ranking(props: { people: PersonResult[] }) {
  const { strings } = usePane();
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
              <TableCell className={styles.nowrap}>{p.name}</TableCell>
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

function Weekly(props: { people: PersonResult[]; weeks: ScoreResult["weeks"] }) {
  const { strings } = usePane();
  const styles = useStyles();
  const view = useViewStyles();
  return (
    <div className={view.scroll} role="region" aria-label={strings.score.weeklyRegion} tabIndex={0}>
      <Table size="extra-small" className={styles.auto} data-testid="weekly-table">
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
                  <span className={styles.weekDates}>
                    {format(strings.score.weekDates, {
                      start: shortDate(w.start),
                      end: shortDate(w.end),
                    })}
                  </span>
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

const CHART = { width: 320, row: 24, label: 64, value: 40 };

/** Horizontal bars, one per person in rank order; the whole picture is one image with its data in
 *  the accessible name (the ranking table above carries the same numbers). */
function Chart(props: { people: PersonResult[] }) {
  const { strings } = usePane();
  const styles = useStyles();
  const bars = CHART.width - CHART.label - CHART.value;
  const height = props.people.length * CHART.row;
  const label = format(strings.score.chartLabel, {
    list: props.people
      .map((p) => format(strings.score.chartItem, { name: p.name, score: formatScore(p.score) }))
      .join("，"),
  });
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${CHART.width} ${height}`}
      role="img"
      aria-label={label}
      data-testid="score-chart"
    >
      {props.people.map((p, i) => {
        const y = i * CHART.row;
        const w = barWidth(p.score, bars);
        return (
          <g key={p.name} aria-hidden="true">
            <text
              x={CHART.label - 6}
              y={y + 16}
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
              x={CHART.label + w + 4}
              y={y + 16}
              fontSize="12"
              style={{ fill: tokens.colorNeutralForeground1 }}
            >
              {formatScore(p.score)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function ScoreContent() {
  const { strings } = usePane();
  const { act, busy } = useAppActions();
  const view = useViewStyles();
  const [result, setResult] = useState<ScoreResult | null>(null);
  const ids = { ranking: useId(), weekly: useId(), chart: useId() };
  const t = strings.score;
  const people = result ? byRank(result.report.people) : [];

  return (
    <>
      <div className={view.row}>
        <Button
          appearance="primary"
          disabledFocusable={busy}
          data-testid="score-run"
          onClick={() => void act(async (app, progress) => setResult(await app.score(progress)))}
        >
          {t.run}
        </Button>
      </div>
      {result && (
        <>
          <Body1 data-testid="score-caption">
            {format(t.caption, { month: result.report.period, asOf: result.report.asOf })}
          </Body1>
          <ProvisionalBanner years={result.report.provisionalYears} />
          <section className={view.section} aria-labelledby={ids.ranking}>
            <SectionHeading id={ids.ranking}>{t.rankingHeading}</SectionHeading>
            <Ranking people={people} />
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
