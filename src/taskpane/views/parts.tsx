// Pieces several views share: the heading block, grade badges, download links, and the browser-mode workbook
// picker (a file input that is also a drop zone).

import { Fragment, useEffect, useId, useMemo, useState, type ReactNode } from "react";
import {
  Body1,
  Caption1,
  Link,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { format, type ViewId } from "../../i18n";
import { useAppActions, useAppState } from "../appContext";
import { gradeSwatch } from "../colors";
import { isXlsx, mimeFor, readFile, type FileBytes } from "../files";
import { usePane } from "../hostContext";
import { FilePicker } from "./FilePicker";

const useBadgeStyles = makeStyles({
  grade: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
});

/** A grade (优秀, 良好 …) in its colours, as the score and year tables show it. */
export function GradeBadge(props: { grade: string }) {
  const styles = useBadgeStyles();
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

export const useViewStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  // Wide tables scroll sideways inside a focusable region, so keyboard users can scroll them too.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  hint: { color: tokens.colorNeutralForeground2 },
});

export function ViewFrame(props: { id: ViewId; children: ReactNode }) {
  const { strings } = usePane();
  const styles = useViewStyles();
  const view = strings.views[props.id];
  return (
    <section className={styles.view} aria-labelledby={`heading-${props.id}`}>
      <Subtitle1 as="h2" id={`heading-${props.id}`}>
        {view.heading}
      </Subtitle1>
      <Body1>{view.description}</Body1>
      {props.children}
    </section>
  );
}

export function SectionHeading(props: { children: ReactNode; id?: string }) {
  return (
    <Subtitle2 as="h3" id={props.id}>
      {props.children}
    </Subtitle2>
  );
}

/** Links that save produced files (Blob URLs, revoked when the files change or the view closes). */
export function Downloads(props: { files: FileBytes[] | undefined; testId?: string }) {
  const { strings } = usePane();
  const styles = useViewStyles();
  const files = props.files;
  const urls = useMemo(
    () =>
      (files ?? []).map((f) =>
        URL.createObjectURL(new Blob([f.bytes as BlobPart], { type: mimeFor(f.name) }))
      ),
    [files]
  );
  useEffect(() => () => urls.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  const headingId = useId();
  if (!files || files.length === 0) return null;
  return (
    <div className={styles.section} data-testid={props.testId ?? "downloads"}>
      <SectionHeading id={headingId}>{strings.downloads.heading}</SectionHeading>
      <Caption1 className={styles.hint}>{strings.downloads.hint}</Caption1>
      <ul className={styles.list} aria-labelledby={headingId}>
        {files.map((f, i) => (
          <li key={`${f.name}-${i}`}>
            <Link href={urls[i]} download={f.name}>
              {f.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

const useOpenStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
});

/** Browser mode: pick or drop the month workbook the other actions work on. */
export function OpenWorkbook() {
  const { strings } = usePane();
  const { setOpenedFile, openedFile } = useAppState();
  const { act, busy, ready } = useAppActions();
  const styles = useOpenStyles();
  const view = useViewStyles();
  const inputId = useId();
  const [over, setOver] = useState(false);

  const open = (file: File | undefined) => {
    if (!file) return;
    void act(async (app, progress) => {
      if (!isXlsx(file.name)) throw new Error(format(strings.open.notXlsx, { name: file.name }));
      if (!app.openFile) throw new Error(strings.open.needFile);
      progress(format(strings.open.opening, { name: file.name }));
      const bytes = await readFile(file);
      await app.openFile(bytes, progress);
      setOpenedFile(file.name);
    });
  };

  return (
    <div
      className={over ? `${styles.zone} ${styles.over}` : styles.zone}
      data-testid="open-workbook"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        open(e.dataTransfer.files[0]);
      }}
    >
      <label htmlFor={inputId} className={styles.label}>
        {strings.open.label}
      </label>
      <FilePicker
        id={inputId}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy || !ready}
        testId="open-input"
        onFiles={(files) => open(files[0])}
      />
      <Caption1 className={view.hint}>{strings.open.dropHere}</Caption1>
      <Caption1 className={view.hint}>{strings.open.hint}</Caption1>
      <Body1 data-testid="opened-file">
        {openedFile ? format(strings.open.opened, { name: openedFile }) : strings.noWorkbook}
      </Body1>
    </div>
  );
}

/** In browser mode, shows the workbook picker; the children only once a workbook is open. */
export function NeedWorkbook(props: { children: ReactNode }) {
  const { app, openedFile } = useAppState();
  const { hasWorkbook } = useAppActions();
  return (
    <>
      {app?.mode === "browser" && <OpenWorkbook />}
      {/* keyed by the file, so a newly opened workbook starts the view afresh */}
      {hasWorkbook && <Fragment key={openedFile ?? ""}>{props.children}</Fragment>}
    </>
  );
}
