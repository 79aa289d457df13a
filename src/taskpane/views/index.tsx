// The views (SPEC §6, and 日历 for the State Council notice), each wired to GangzeApp through useAppActions().

import type { ViewId } from "../../i18n";
import { CalendarView } from "./Calendar";
import { CheckView } from "./Check";
import { CollectView } from "./Collect";
import { GenerateView } from "./Generate";
import { OverdueView } from "./Overdue";
import { OverviewView } from "./Overview";
import { ScoreView } from "./Score";
import { AnnualView } from "./Year";

const VIEWS: Record<ViewId, () => JSX.Element> = {
  overview: OverviewView,
  generate: GenerateView,
  check: CheckView,
  score: ScoreView,
  overdue: OverdueView,
  collect: CollectView,
  year: AnnualView,
  calendar: CalendarView,
};

export function View(props: { id: ViewId }) {
  const Component = VIEWS[props.id];
  return <Component />;
}
