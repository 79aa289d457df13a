// The month picker of 生成: a Fluent text box taking `2026-10` with 上个月/下个月 buttons. Our
// own, not <input type="month">: the browser's month control shows its own language ("October
// 2026") and looks different in every engine (EdgeHTML 18 has none at all).

import { Button, Input, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { usePane } from "../hostContext";
import { isMonthKey, monthKey } from "../viewModel";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  input: { width: "9em" },
});

const TEXT = {
  "zh-CN": { previous: "上个月", next: "下个月", placeholder: "如 2026-10" },
  "en-US": { previous: "Previous month", next: "Next month", placeholder: "e.g. 2026-10" },
};

/** `2026-10` moved by `delta` months. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.trim().split("-").map(Number);
  const index = y * 12 + (m - 1) + delta;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** The text box is the labelled control (Field gives it its label and validation message). */
export function MonthPicker(props: { value: string; onChange: (value: string) => void }) {
  const { locale } = usePane();
  const t = TEXT[locale];
  const styles = useStyles();
  const valid = isMonthKey(props.value);
  return (
    <span className={styles.row}>
      <Button
        appearance="subtle"
        icon={<ChevronLeftRegular />}
        aria-label={t.previous}
        title={t.previous}
        disabled={!valid}
        data-testid="month-previous"
        onClick={() => props.onChange(shiftMonth(props.value, -1))}
      />
      <Input
        className={styles.input}
        value={props.value}
        inputMode="numeric"
        placeholder={t.placeholder}
        onChange={(_, data) => props.onChange(data.value)}
        data-testid="month-input"
      />
      <Button
        appearance="subtle"
        icon={<ChevronRightRegular />}
        aria-label={t.next}
        title={t.next}
        disabled={!valid}
        data-testid="month-next"
        onClick={() => props.onChange(shiftMonth(props.value, 1))}
      />
    </span>
  );
}
