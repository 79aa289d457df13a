// The six views (SPEC §6), each wired to GangzeApp through useAppActions().

import type { ViewId } from "../../i18n";
import { CheckView } from "./Check";
import { CollectView } from "./Collect";
import { GenerateView } from "./Generate";
import { OverdueView } from "./Overdue";
import { OverviewView } from "./Overview";
import { ScoreView } from "./Score";

const VIEWS: Record<ViewId, () => JSX.Element> = {
  overview: OverviewView,
  generate: GenerateView,
  check: CheckView,
  score: ScoreView,
  overdue: OverdueView,
  collect: CollectView,
};

export function View(props: { id: ViewId }) {
  const Component = VIEWS[props.id];
  return <Component />;
}
