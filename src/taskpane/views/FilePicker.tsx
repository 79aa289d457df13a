// A file picker styled with Fluent: a button that opens the system's file dialog, and the chosen
// names in the pane's language. The native <input type="file"> stays (labelled, out of sight) for
// the dialog itself; its own button and "No file chosen" text would be in the browser's language.

import { useRef, useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { FolderOpenRegular } from "@fluentui/react-icons";
import { usePane } from "../hostContext";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  // visually hidden, still labelled and reachable by the label's click
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    border: 0,
  },
  chosen: { color: tokens.colorNeutralForeground2, wordBreak: "break-all" },
});

const TEXT = {
  "zh-CN": {
    one: "选择文件…",
    many: "选择文件（可多选）…",
    none: "未选择文件",
    count: "已选择 {n} 个文件",
  },
  "en-US": {
    one: "Choose a file…",
    many: "Choose files…",
    none: "No file chosen",
    count: "{n} files chosen",
  },
};

export interface FilePickerProps {
  /** the input's id (a <label htmlFor> elsewhere names it) */
  id: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  describedBy?: string;
  testId: string;
  onFiles: (files: File[]) => void;
}

export function FilePicker(props: FilePickerProps) {
  const { locale } = usePane();
  const t = TEXT[locale];
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <span className={styles.row}>
      <input
        ref={input}
        id={props.id}
        type="file"
        className={styles.input}
        tabIndex={-1}
        multiple={props.multiple}
        accept={props.accept}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        data-testid={props.testId}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          setChosen(files.map((f) => f.name));
          props.onFiles(files);
          e.currentTarget.value = "";
        }}
      />
      <Button
        icon={<FolderOpenRegular />}
        disabledFocusable={props.disabled}
        aria-describedby={props.describedBy}
        data-testid={`${props.testId}-button`}
        onClick={() => input.current?.click()}
      >
        {props.multiple ? t.many : t.one}
      </Button>
      <Caption1 className={styles.chosen} data-testid={`${props.testId}-chosen`}>
        {chosen.length === 0
          ? t.none
          : chosen.length === 1
            ? chosen[0]
            : t.count.replace("{n}", String(chosen.length))}
      </Caption1>
    </span>
  );
}
