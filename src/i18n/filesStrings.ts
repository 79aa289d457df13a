// Texts of the pane's parts that take the office's own files (zh-CN first, en-US): verifying a
// received workbook in 汇总与上报, and in 生成 the catalogue and roster files of a new month and
// the choice of people for clerk log workbooks.

import type { Locale } from "./strings";

export interface FilesStrings {
  verify: {
    heading: string;
    pickLabel: string;
    hint: string;
    equal: string;
    differ: string;
    unusable: string;
    listLabel: string;
    kinds: { value: string; "not-formula": string; "missing-sheet": string };
    stored: string;
    recomputed: string;
    /** `{n}` more of `{total}` */
    showMore: string;
  };
  sources: {
    toggle: string;
    hint: string;
    catalogLabel: string;
    catalogHint: string;
    staffLabel: string;
    staffHint: string;
    clear: string;
    /** `{name}`: the month button says which files it will use */
    using: string;
  };
  people: {
    toggle: string;
    hint: string;
    listLabel: string;
    all: string;
    /** `{date}`: a person who joined mid-month */
    starts: string;
    /** `{n}` */
    run: string;
  };
}

export const FILES_STRINGS: Record<Locale, FilesStrings> = {
  "zh-CN": {
    verify: {
      heading: "核验收到的工作簿",
      pickLabel: "选择收到的月度考核工作簿（.xlsx）",
      hint: "按工作簿自身的录入重新计算全部结果，与其中存储的得分、等级、名次、金额逐一比较；不修改文件。",
      equal: "核验通过",
      differ: "核验未通过",
      unusable: "无法核验",
      listLabel: "不一致的单元格",
      kinds: {
        value: "存储的结果与录入不符",
        "not-formula": "公式被改成了数值",
        "missing-sheet": "缺少结果工作表",
      },
      stored: "存储为",
      recomputed: "按录入应为",
      showMore: "再显示 {n} 处（共 {total} 处）",
    },
    sources: {
      toggle: "使用本单位的岗位职责和人员文件",
      hint: "新建月度工作簿时，岗位职责取自岗位责任手册或月度考核工作簿的“岗位职责”表，人员取自月度考核工作簿的“人员”表或含“姓名”“岗位”表头的名单；不选则用默认办公室。",
      catalogLabel: "岗位职责文件",
      catalogHint: "岗位责任手册或月度考核工作簿（.xlsx）",
      staffLabel: "人员名单文件",
      staffHint: "月度考核工作簿或人员名单（.xlsx）",
      clear: "不用此文件",
      using: "将使用：{name}",
    },
    people: {
      toggle: "只为部分人员生成…",
      hint: "从当前月度工作簿的“人员”表中选择；月中新来的人员从其起算日期开始。",
      listLabel: "选择人员",
      all: "全选",
      starts: "{date} 起",
      run: "为所选 {n} 人生成",
    },
  },
  "en-US": {
    verify: {
      heading: "Verify a received workbook",
      pickLabel: "Choose a month workbook you received (.xlsx)",
      hint: "Recomputes every result from the workbook's own entries and compares each stored score, grade, rank and amount. The file is not changed.",
      equal: "Verified",
      differ: "Not verified",
      unusable: "Cannot verify",
      listLabel: "Cells that differ",
      kinds: {
        value: "stored result differs from the entries",
        "not-formula": "formula replaced by a value",
        "missing-sheet": "result sheet missing",
      },
      stored: "stored",
      recomputed: "should be",
      showMore: "Show {n} more (of {total})",
    },
    sources: {
      toggle: "Use the office's own duty and staff files",
      hint: "For a new month workbook: duties from a handbook or month workbook, staff from a month workbook or a sheet with name and post headers; without files the default office is used.",
      catalogLabel: "Duty file",
      catalogHint: "A duty handbook or month workbook (.xlsx)",
      staffLabel: "Staff file",
      staffHint: "A month workbook or staff list (.xlsx)",
      clear: "Don't use this file",
      using: "Will use: {name}",
    },
    people: {
      toggle: "Only for some people…",
      hint: "Choose from the current month workbook's staff; a person who joined mid-month starts on their start date.",
      listLabel: "Choose people",
      all: "All",
      starts: "from {date}",
      run: "Generate for {n} chosen",
    },
  },
};
