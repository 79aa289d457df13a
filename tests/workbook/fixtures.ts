// Handbooks for tests: the shipped default office (templates/handbook.json) when present, and a
// small hand-made one whose numbers are easy to check by hand.

import * as fs from "fs";
import * as path from "path";
import type { Duty, Frequency } from "../../src/domain/types";
import type { HandbookInput } from "../../src/workbook/handbook";

const TEMPLATE = path.join(__dirname, "..", "..", "templates", "handbook.json");

export function defaultHandbook(): HandbookInput | undefined {
  if (!fs.existsSync(TEMPLATE)) return undefined;
  const h = JSON.parse(fs.readFileSync(TEMPLATE, "utf8")) as HandbookInput;
  return { office: h.office, posts: h.posts, duties: h.duties };
}

const FREQ: Frequency[] = ["每日", "每周", "每月", "每季", "每年", "随时"];
const TOPICS = [
  "来文登记",
  "文件传阅",
  "会议记录",
  "值班安排",
  "印章使用登记",
  "档案整理",
  "信息报送",
  "督办台账",
  "车辆调度",
  "物资采购",
];

/**
 * 3 posts: 秘书 with 3 duties (40 + 35 + 25 = 100 points), 门卫/收发 with 2 (60 + 40),
 * 档案员 with 24 duties of long text (20 × 4 + 4 × 5 = 100) so its sheet spans two pages.
 */
export function smallHandbook(): HandbookInput {
  const duties: Duty[] = [
    {
      code: "MS-01",
      post: "秘书",
      content: "收文当日登记、拟办，送领导批阅",
      frequency: "每日",
      timeLimit: "收文当日登记",
      standard: "登记无遗漏",
      checker: "办公室主任",
      points: 40,
    },
    {
      code: "MS-02",
      post: "秘书",
      content: "起草办公室综合性文稿",
      frequency: "随时",
      timeLimit: "按交办时限",
      standard: "文字无差错",
      checker: "办公室主任",
      points: 35,
    },
    {
      code: "MS-03",
      post: "秘书",
      content: "会议记录并印发纪要",
      frequency: "随时",
      timeLimit: "会后2个工作日内印发纪要",
      standard: "纪要准确",
      checker: "业务副主任",
      points: 25,
    },
    {
      code: "MW-01",
      post: "门卫/收发",
      content: "来访人员登记",
      frequency: "每日",
      timeLimit: "随到随登",
      standard: "登记完整",
      checker: "行政副主任",
      points: 60,
    },
    {
      code: "MW-02",
      post: "门卫/收发",
      content: "报刊信件收发",
      frequency: "每日",
      timeLimit: "当日分发",
      standard: "无丢失",
      checker: "行政副主任",
      points: 40,
    },
  ];
  // 档案员: 24 duties; 20 × 4 points + 4 × 5 points = 100
  for (let i = 1; i <= 24; i++) {
    const topic = TOPICS[i % TOPICS.length];
    duties.push({
      code: `DA-${String(i).padStart(2, "0")}`,
      post: "档案员",
      content: `第${i}项：负责${topic}相关档案的收集、整理、鉴定、保管和利用工作，按照档案管理规定分类立卷，做到归档及时、排列有序、检索方便，并对借阅情况逐项登记备查。`,
      frequency: FREQ[i % FREQ.length],
      timeLimit: `每月最后${(i % 5) + 1}个工作日内完成${topic}归档`,
      standard: `归档率100%，${topic}案卷质量符合《归档文件整理规则》要求，无损毁、无丢失`,
      checker: "办公室主任",
      points: i <= 20 ? 4 : 5,
    });
  }
  return {
    office: "测试河务局办公室",
    posts: [{ name: "秘书" }, { name: "门卫/收发" }, { name: "档案员" }],
    duties,
    issued: "2026-11-02",
  };
}
