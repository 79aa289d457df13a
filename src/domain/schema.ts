// JSON Schema (draft-07) of the dataset file (SPEC §8), the same shape as `Dataset` in types.ts.
// docs/dataset.schema.json is this object written out; a test keeps the two equal.
//
// The schema checks the file's shape: types, required keys, date/month patterns, list values.
// What depends on content (empty text, unknown people, dates outside the month, 2026-02-30…) is
// left to checks.ts, so one bad row is an entry error on that row, not a file that cannot load.

import { FINDING_SOURCES, FREQUENCIES, LOG_STATUSES, TASK_SOURCES } from "./types";

/** `YYYY-MM-DD` with a plausible month and day; whether the day exists is checked later. */
export const DATE_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
export const MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

const date = (description: string) => ({ type: "string", pattern: DATE_PATTERN, description });
const text = (description: string) => ({ type: "string", description });
const num = (description: string) => ({ type: "number", description });
const oneOf = (values: readonly string[], description: string) => ({
  type: "string",
  enum: [...values],
  description,
});
const record = (required: string[], properties: Record<string, unknown>) => ({
  type: "object",
  required,
  properties,
  // A misspelt optional field ("complete" for "completed") would otherwise vanish silently.
  additionalProperties: false,
});
const list = (items: unknown, description: string) => ({ type: "array", items, description });
const rate = (description: string) => ({ type: "number", minimum: 0, description });

export const DATASET_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "岗责 Gangze 月度数据集",
  description:
    "一个办公室一个月的岗位职责、人员、交办事项、工作日志、周计划、检查记录、月度指标和加分记录。",
  type: "object",
  required: [
    "office",
    "month",
    "asOf",
    "posts",
    "duties",
    "staff",
    "tasks",
    "logs",
    "weeklyPlans",
    "findings",
    "quotas",
    "bonuses",
  ],
  additionalProperties: false,
  properties: {
    $schema: text("本 JSON Schema 的地址（可选，便于编辑器提示）"),
    office: text("单位（办公室名称）"),
    month: { type: "string", pattern: MONTH_PATTERN, description: "考核月份 YYYY-MM" },
    asOf: date("基准日：计算状态和得分的日期，须在考核月份内"),
    posts: list(record(["name"], { name: text("岗位名称") }), "岗位"),
    duties: list(
      record(
        ["code", "post", "content", "frequency", "timeLimit", "standard", "checker", "points"],
        {
          code: text("职责编码，全手册唯一，如 MS-03"),
          post: text("所属岗位"),
          content: text("工作内容"),
          frequency: oneOf(FREQUENCIES, "频次"),
          timeLimit: text("时限要求，如“收文当日登记”"),
          standard: text("质量标准"),
          checker: text("检查人（岗位）"),
          points: num("分值；同一岗位各条目之和为 100"),
        }
      ),
      "职责条目（岗位责任手册）"
    ),
    staff: list(
      record(["name", "post"], {
        name: text("姓名，全办公室唯一"),
        post: text("岗位"),
        start: date("起算日期：月中到岗者从这天起考核；不填则从月初起"),
        note: text("备注"),
      }),
      "人员"
    ),
    tasks: list(
      record(["id", "source", "title", "owner", "assigned"], {
        id: text("编号，唯一"),
        source: oneOf(TASK_SOURCES, "来源"),
        title: text("事项"),
        duty: text("职责编码（可选）"),
        owner: text("责任人（姓名）"),
        assigned: date("交办日期"),
        limitWorkdays: num("时限（工作日）：到期日 = 交办日期后第 N 个工作日；与到期日二选一"),
        due: date("到期日；与时限（工作日）二选一"),
        completed: date("完成日期"),
        reported: date("回报日期（主动回报领导的日期）"),
        note: text("备注"),
      }),
      "交办事项 / 督办"
    ),
    logs: list(
      record(["date", "person", "content", "status"], {
        date: date("日期"),
        person: text("姓名"),
        duty: text("职责编码（可选）"),
        content: text("工作内容"),
        status: oneOf(LOG_STATUSES, "完成情况"),
        problem: text("存在问题"),
        measure: text("对策措施"),
        selfCheck: text("自查"),
        rowId: text("来源行标识：汇总时写入，个人工作日志再次报送时据此找到同一行"),
      }),
      "工作日志（日清日结）"
    ),
    weeklyPlans: list(
      record(["person", "weekStart", "item"], {
        person: text("姓名"),
        weekStart: date("周起始（星期一）"),
        item: text("计划事项"),
        duty: text("职责编码（可选）"),
        outcome: text("完成情况"),
        rowId: text("来源行标识：汇总时写入，个人工作日志再次报送时据此找到同一行"),
      }),
      "周计划"
    ),
    findings: list(
      record(["date", "person", "problem", "points", "source", "rectified", "veto"], {
        date: date("检查日期"),
        person: text("被检查人"),
        duty: text("职责编码（可选）"),
        problem: text("问题"),
        standard: text("扣分标准代码（可选）"),
        points: num("扣分"),
        source: oneOf(FINDING_SOURCES, "来源"),
        rectified: { type: "boolean", description: "已整改" },
        veto: { type: "boolean", description: "一票否决" },
        checker: text("检查人"),
        rowId: text("来源行标识：汇总时写入，个人工作日志再次报送时据此找到同一行"),
      }),
      "检查记录（自查 / 组织检查）"
    ),
    quotas: list(
      record(["person", "indicator", "target", "actual"], {
        person: text("姓名"),
        indicator: text("指标，如“宣传稿件（篇）”"),
        annualTarget: num("年度目标"),
        target: num("本月目标"),
        actual: num("本月完成"),
        priorActual: num("此前累计（本年度以前各月本月完成之和，结转时带入）"),
      }),
      "月度指标"
    ),
    bonuses: list(
      record(["date", "person", "reason", "points"], {
        date: date("日期"),
        person: text("姓名"),
        reason: text("事由"),
        points: num("加分"),
      }),
      "加分记录"
    ),
    calendar: {
      ...record(["restDays", "workDays"], {
        restDays: list(date("日期"), "本单位额外的休息日；自行录入年份的全部节假日"),
        workDays: list(date("日期"), "本单位额外的上班日；自行录入年份的全部调休上班日"),
        years: list(
          { type: "integer", minimum: 1900, maximum: 9999 },
          "本单位声明已完整录入的年份：这些年份的节假日与调休以 notices 与 restDays/workDays 为准；其余没有国务院数据的年份为暂定"
        ),
        notices: list(
          record(["year", "holidays", "workdays"], {
            year: { type: "integer", minimum: 1900, maximum: 9999, description: "通知的年份" },
            holidays: list(date("日期"), "通知中的全部放假日（范围内的周末也算）"),
            workdays: list(date("日期"), "通知中的全部上班日（调休上班）"),
            names: {
              type: "object",
              additionalProperties: { type: "string" },
              description: "日期 → 节日名称（春节、国庆节……），显示在日历的“说明”列",
            },
          }),
          "导入的国务院办公厅节假日安排通知：其年份即为完整"
        ),
      }),
      description: "日历（导入的国务院通知、本单位调整与声明完整的年份）",
    },
    rules: {
      ...record([], {
        warnDays: {
          type: "integer",
          minimum: 0,
          description: "临期提醒：未完成且距到期日不超过这么多个工作日",
        },
        reportWithinWorkdays: {
          type: "integer",
          minimum: 0,
          description: "完成后这么多个工作日内回报为及时回报",
        },
        overdueOpenBase: rate("逾期未完成基础扣分"),
        overdueOpenPerDay: rate("逾期未完成每工作日扣分"),
        overdueDoneBase: rate("逾期完成基础扣分"),
        overdueDonePerDay: rate("逾期完成每工作日扣分"),
        lateReport: rate("未及时回报扣分"),
        missingLogPerDay: rate("日志缺报每日扣分"),
        findingFactorOrg: rate("组织检查扣分系数"),
        findingFactorSelfRectified: rate("自查已整改扣分系数"),
        findingFactorSelfOpen: rate("自查未整改扣分系数"),
        quotaPointsPerUnit: rate("指标差额每单位扣分"),
        quotaMoneyPerUnit: rate("指标差额每单位扣款（元）"),
        quotaBonusPerUnit: rate("超额完成每单位加分"),
        bonusCap: rate("加分上限"),
        grades: list(
          record(["grade", "min", "money"], {
            grade: text("等级"),
            min: num("最低分"),
            money: num("奖惩金额（负数为扣款）"),
          }),
          "等级，从高到低；最后一级最低分为 0"
        ),
        vetoGrade: text("一票否决时的等级"),
        noticeDays: {
          type: "integer",
          minimum: 0,
          description: "公示期：自公示日期起的工作日数",
        },
        noticeFeedback: text("公示上写明的意见反馈渠道"),
        noticeSigner: text("公示落款，空为单位名称"),
        deductionStandards: list(
          record(["code", "problem", "points"], {
            code: text("代码"),
            problem: text("问题"),
            points: num("扣分"),
          }),
          "扣分标准"
        ),
      }),
      description: "考核标准：只写要改动的参数，其余用默认值",
    },
  },
};
