// 生成's use of the office's own files: the catalogue (a handbook or month workbook) and roster (a
// month workbook's 人员 or a plain roster sheet) a new month workbook is built from, as `gangze
// month --catalog/--staff` takes them; and the people to make log workbooks for, as `gangze logs
// --person` — from the current month's roster, a person added mid-month shown with the day they
// start. Reading and refusing the files is the app's work (src/app/sources.ts).

import { useId, useState } from "react";
import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import type { FileBytes, RosterPerson } from "../../app/actions";
import { format } from "../../i18n";
import { FILES_STRINGS } from "../../i18n/filesStrings";
import { useAppActions } from "../appContext";
import { readFile } from "../files";
import { usePane } from "../hostContext";
import { FilePicker } from "./FilePicker";
import { useViewStyles } from "./parts";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
  people: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))",
  },
  starts: { color: tokens.colorPaletteDarkOrangeForeground2 },
});

const XLSX_ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Sources = { catalog?: FileBytes; staff?: FileBytes };

/** The catalogue and roster files of a new month workbook (hidden until asked for). */
export function GenerateSources(props: { value: Sources; onChange: (next: Sources) => void }) {
  const { locale } = usePane();
  const t = FILES_STRINGS[locale].sources;
  const { act, busy, ready } = useAppActions();
  const styles = useStyles();
  const view = useViewStyles();
  const [open, setOpen] = useState(false);
  // a picker is started afresh when its file is put aside (it would still show the old name)
  const [cleared, setCleared] = useState({ catalog: 0, staff: 0 });
  const ids = { panel: useId(), catalog: useId(), staff: useId(), cHint: useId(), sHint: useId() };
  const pick = (which: keyof Sources) => (files: File[]) => {
    const file = files[0];
    if (!file) return;
    void act(async () => props.onChange({ ...props.value, [which]: await readFile(file) }));
  };
  const row = (which: keyof Sources, id: string, hintId: string, label: string, hint: string) => {
    const chosen = props.value[which];
    return (
      <>
        <label htmlFor={id} className={styles.label}>
          {label}
        </label>
        <FilePicker
          key={cleared[which]}
          id={id}
          accept={XLSX_ACCEPT}
          disabled={busy || !ready}
          describedBy={hintId}
          testId={`source-${which}`}
          onFiles={pick(which)}
        />
        <Caption1 id={hintId} className={view.hint}>
          {hint}
        </Caption1>
        {chosen && (
          <div className={view.row}>
            <Caption1 data-testid={`source-${which}-using`}>
              {format(t.using, { name: chosen.name })}
            </Caption1>
            <Button
              size="small"
              appearance="subtle"
              data-testid={`source-${which}-clear`}
              onClick={() => {
                const next = { ...props.value };
                delete next[which];
                props.onChange(next);
                setCleared({ ...cleared, [which]: cleared[which] + 1 });
              }}
            >
              {t.clear}
            </Button>
          </div>
        )}
      </>
    );
  };
  return (
    <>
      <div className={view.row}>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={ids.panel}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          data-testid="sources-toggle"
          onClick={() => setOpen(!open)}
        >
          {t.toggle}
          {props.value.catalog || props.value.staff
            ? `（${[props.value.catalog, props.value.staff].filter(Boolean).length}）`
            : ""}
        </Button>
      </div>
      <div id={ids.panel} className={styles.panel} hidden={!open}>
        <Caption1 className={view.hint}>{t.hint}</Caption1>
        {row("catalog", ids.catalog, ids.cHint, t.catalogLabel, t.catalogHint)}
        {row("staff", ids.staff, ids.sHint, t.staffLabel, t.staffHint)}
      </div>
    </>
  );
}

/** The current month's roster to choose clerk log workbooks from (loaded when asked for). */
export function ChoosePeople(props: { disabled: boolean; onGenerate: (people: string[]) => void }) {
  const { locale } = usePane();
  const t = FILES_STRINGS[locale].people;
  const { act, busy } = useAppActions();
  const styles = useStyles();
  const view = useViewStyles();
  const ids = { panel: useId(), list: useId() };
  const [roster, setRoster] = useState<RosterPerson[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const open = roster !== null;

  const toggle = () => {
    if (open) {
      setRoster(null);
      return;
    }
    void act(async (app, progress) => {
      const r = await app.roster(progress);
      setChosen(new Set());
      setRoster(r.people);
    });
  };
  const all = roster !== null && roster.length > 0 && chosen.size === roster.length;

  return (
    <>
      <div className={view.row}>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={ids.panel}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          disabledFocusable={props.disabled}
          data-testid="people-toggle"
          onClick={toggle}
        >
          {t.toggle}
        </Button>
      </div>
      <div id={ids.panel} className={styles.panel} hidden={!open}>
        {roster && (
          <>
            <Caption1 className={view.hint}>{t.hint}</Caption1>
            <Checkbox
              label={t.all}
              checked={all ? true : chosen.size > 0 ? "mixed" : false}
              data-testid="people-all"
              onChange={() => setChosen(all ? new Set() : new Set(roster.map((p) => p.name)))}
            />
            <span id={ids.list} className={styles.label}>
              {t.listLabel}
            </span>
            <ul className={styles.people} aria-labelledby={ids.list} data-testid="people-list">
              {roster.map((p) => (
                <li key={p.name}>
                  <Checkbox
                    checked={chosen.has(p.name)}
                    onChange={(_, d) => {
                      const next = new Set(chosen);
                      if (d.checked) next.add(p.name);
                      else next.delete(p.name);
                      setChosen(next);
                    }}
                    label={
                      <>
                        {p.name}
                        {p.start && (
                          <Caption1 className={styles.starts}>
                            {" "}
                            {format(t.starts, { date: p.start })}
                          </Caption1>
                        )}
                      </>
                    }
                  />
                </li>
              ))}
            </ul>
            <div className={view.row}>
              <Button
                disabledFocusable={busy || props.disabled || chosen.size === 0}
                data-testid="people-run"
                onClick={() =>
                  props.onGenerate(roster.map((p) => p.name).filter((n) => chosen.has(n)))
                }
              >
                {format(t.run, { n: chosen.size })}
              </Button>
            </div>
          </>
        )}
      </div>
    </>
  );
}
