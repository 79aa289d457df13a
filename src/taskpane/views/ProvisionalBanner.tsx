// The 暂定 banner over a result whose period touches a provisional year (the report says which),
// with the one action that makes it final: entering the State Council notice under 日历.

import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { format } from "../../i18n";
import { usePane } from "../hostContext";

export function ProvisionalBanner(props: { years: number[] | undefined }) {
  const { strings, locale } = usePane();
  if (!props.years || props.years.length === 0) return null;
  const years = props.years.join(locale === "zh-CN" ? "、" : ", ");
  return (
    <MessageBar intent="warning" data-testid="score-provisional">
      <MessageBarBody>{format(strings.score.provisional, { years })}</MessageBarBody>
    </MessageBar>
  );
}
