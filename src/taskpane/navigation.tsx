// Moving between views from inside one: the 概览 tiles open the 检查 or 逾期 list already filtered
// and filled. The shell owns the selected tab; a view reads the intent addressed to it once.

import { createContext, useContext } from "react";
import type { ViewId } from "../i18n";

export interface NavIntent {
  view: ViewId;
  /** the list filter the target view starts with (检查: error/warning; 逾期: a status) */
  filter?: string;
  /** run the view's action at once (its list is what the user asked to see) */
  run?: boolean;
}

export interface Navigation {
  intent: NavIntent | null;
  go(intent: NavIntent): void;
}

export const NavigationContext = createContext<Navigation>({ intent: null, go: () => undefined });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

/** The intent addressed to `view`, if the user came here through one. */
export function useNavIntent(view: ViewId): NavIntent | null {
  const { intent } = useNavigation();
  return intent && intent.view === view ? intent : null;
}
