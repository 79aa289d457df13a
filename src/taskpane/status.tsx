// The status/progress line and the error bar shared by all views. Views run their actions through
// `run`, which shows progress, and turns a failure into a Chinese message (never a stack trace).

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Strings } from "../i18n";

export interface Progress {
  /** what is happening now, for the status line */
  message: string;
  /** 0…1, or undefined when the amount of work is unknown */
  fraction?: number;
}

export interface StatusApi {
  /** Runs an action with progress shown; a thrown error becomes the error bar's message. */
  run(action: (report: (progress: Progress) => void) => Promise<void>): Promise<void>;
  busy: boolean;
}

const StatusContext = createContext<StatusApi | null>(null);

export function useStatus(): StatusApi {
  const value = useContext(StatusContext);
  if (!value) throw new Error("StatusContext is missing: render inside <StatusProvider>");
  return value;
}

/** The message to show for a failed action: ours are already Chinese and user-facing. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "发生未知错误，操作未完成。";
}

const useStyles = makeStyles({
  area: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function StatusProvider(props: { strings: Strings; children: ReactNode }) {
  const { strings } = props;
  const styles = useStyles();
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback<StatusApi["run"]>(
    async (action) => {
      setError(null);
      setProgress({ message: strings.statusWorking });
      try {
        await action(setProgress);
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setProgress(null);
      }
    },
    [strings]
  );
  const api = useMemo(() => ({ run, busy: progress !== null }), [run, progress]);

  return (
    <StatusContext.Provider value={api}>
      {props.children}
      <div className={styles.area}>
        {error !== null && (
          <MessageBar intent="error" data-testid="error-bar">
            <MessageBarBody>
              <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
              {error}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="transparent" onClick={() => setError(null)}>
                {strings.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <div role="status" aria-live="polite" data-testid="status">
          {progress ? (
            <>
              <Text>{progress.message}</Text>
              <ProgressBar value={progress.fraction} aria-label={progress.message} />
            </>
          ) : (
            <Text>{strings.statusReady}</Text>
          )}
        </div>
      </div>
    </StatusContext.Provider>
  );
}
