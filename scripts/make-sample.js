#!/usr/bin/env node
// Builds templates/sample-2026-10.json, the filled sample month of the default office, from
// templates/handbook.json and templates/staff.json. Deterministic: a seeded PRNG writes the
// routine log rows and weekly plans; every case a rule must meet (overdue, late report-back,
// veto, per-duty cap, quota shortfall…) is written out by hand below and listed in
// docs/default-office.md. Run: node scripts/make-sample.js (--check: compare, write nothing)
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const readJson = (f) => JSON.parse(fs.readFileSync(path.join(root, "templates", f), "utf8"));
const handbook = readJson("handbook.json");
const staff = readJson("staff.json");

// Working days of October 2026 (State Council notice: 10-01…10-07 National Day off, Saturday
// 10-10 worked). Written out rather than computed so the script needs no calendar code.
const WORKDAYS = [
  "2026-10-08",
  "2026-10-09",
  "2026-10-10",
  "2026-10-12",
  "2026-10-13",
  "2026-10-14",
  "2026-10-15",
  "2026-10-16",
  "2026-10-19",
  "2026-10-20",
  "2026-10-21",
  "2026-10-22",
  "2026-10-23",
  "2026-10-26",
  "2026-10-27",
  "2026-10-28",
  "2026-10-29",
  "2026-10-30",
];
// Mondays of the weeks with working days; the week of 10-05 is holiday until Thursday 10-08.
const WEEKS = ["2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"];
const weekOf = (d) => [...WEEKS].reverse().find((w) => w <= d);
const lastWorkdayOfWeek = (w) => WORKDAYS.filter((d) => weekOf(d) === w).pop();

// mulberry32: small, seedable, the same numbers on every platform.
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
  };
}
const r = prng(20261031);

// ---------------------------------------------------------------------------------------------
// Deliberate records (each one is a case of SPEC §4; see docs/default-office.md)
// ---------------------------------------------------------------------------------------------

// prettier-ignore
const tasks = [
  // 按时完成, reported the next working day (timely).
  { id: "2026-10-001", source: "领导交办", title: "起草节后安全生产检查通知", duty: "MS-06", owner: "刘晓燕", assigned: "2026-10-08", due: "2026-10-09", completed: "2026-10-09", reported: "2026-10-10" },
  { id: "2026-10-002", source: "会议决议", title: "分解10月12日局长办公会决议事项并建立督办台账", duty: "YF-03", owner: "孙立群", assigned: "2026-10-12", due: "2026-10-14", completed: "2026-10-13", reported: "2026-10-13" },
  // 逾期完成: due 10-14, completed 10-16, n = wd(10-14, 10-16) = 2.
  { id: "2026-10-003", source: "会议决议", title: "整理印发10月12日局长办公会会议纪要", duty: "MS-04", owner: "郑浩然", assigned: "2026-10-12", due: "2026-10-14", completed: "2026-10-16", reported: "2026-10-16" },
  // 按时完成 but reported 3 working days later (10-19, 10-20, 10-21): 未及时回报.
  { id: "2026-10-004", source: "岗位职责", title: "完成第三季度接收工程档案的组卷编目", duty: "DA-04", owner: "王慧敏", assigned: "2026-10-08", due: "2026-10-20", completed: "2026-10-16", reported: "2026-10-21" },
  // Completed, never reported: 未及时回报.
  { id: "2026-10-005", source: "岗位职责", title: "维修办公楼三楼会议室照明线路", duty: "SD-02", owner: "冯建军", assigned: "2026-10-13", due: "2026-10-14", completed: "2026-10-14" },
  // Assigned and due in September, still open: 逾期未完成, charged in October for wd(09-30, 10-31) = 18 days.
  { id: "2026-09-014", source: "上级来文", title: "报送机关公务用车使用管理情况自查报告", duty: "XF-05", owner: "周海涛", assigned: "2026-09-15", due: "2026-09-28", note: "上级河务局来文要求9月28日前报送" },
  // 临期 at 10-31 (Saturday): wd(10-31, 11-03) = 2 and wd(10-31, 11-02) = 1.
  { id: "2026-10-006", source: "岗位职责", title: "编制11月份办公用品采购计划", duty: "XZ-04", owner: "陈雅琴", assigned: "2026-10-27", due: "2026-11-03" },
  { id: "2026-10-007", source: "领导交办", title: "印制2026年防汛工作总结会议材料", duty: "WY-01", owner: "马丽娟", assigned: "2026-10-28", due: "2026-11-02" },
  // 进行中: due mid-November.
  { id: "2026-10-008", source: "岗位职责", title: "完成到期文书档案的鉴定并造册报批", duty: "DA-12", owner: "王慧敏", assigned: "2026-10-12", due: "2026-11-13" },
  // A time limit in working days instead of a due date, across National Day:
  // addWd(09-29, 5) = 09-30, 10-08, 10-09, 10-10, 10-12 → due 10-12; completed 10-12 is on time
  // (plain Mon–Fri would have made it 10-06 and late).
  { id: "2026-09-021", source: "上级来文", title: "报送国庆节假日值班和安全生产情况", duty: "MS-05", owner: "郑浩然", assigned: "2026-09-29", limitWorkdays: 5, completed: "2026-10-12", reported: "2026-10-12", note: "来文要求5个工作日内报送" },
  // A duty code of another post (文印's WY-04 on a 通讯员), completed late by wd(10-21, 10-22) = 1: not capped.
  { id: "2026-10-009", source: "领导交办", title: "协助文印室装订分装2026年防汛预案汇编", duty: "WY-04", owner: "张志强", assigned: "2026-10-19", due: "2026-10-21", completed: "2026-10-22", reported: "2026-10-22" },
  // No duty code.
  { id: "2026-10-010", source: "领导交办", title: "赴郑州河务局送取防汛物资调拨手续", owner: "曹志刚", assigned: "2026-10-20", due: "2026-10-20", completed: "2026-10-20", reported: "2026-10-20" },
  { id: "2026-10-011", source: "领导交办", title: "组织全局第三季度目标运行监测分析", duty: "ZR-05", owner: "赵明远", assigned: "2026-10-08", due: "2026-10-16", completed: "2026-10-15", reported: "2026-10-15" },
  { id: "2026-10-012", source: "上级来文", title: "报送10月份治黄工作动态信息", duty: "YF-04", owner: "孙立群", assigned: "2026-10-19", due: "2026-10-30", completed: "2026-10-29", reported: "2026-10-30" },
  { id: "2026-10-013", source: "会议决议", title: "完成机关冬季消防安全检查并整改隐患", duty: "XF-08", owner: "周海涛", assigned: "2026-10-19", due: "2026-10-30", completed: "2026-10-28", reported: "2026-10-29" },
  { id: "2026-10-014", source: "岗位职责", title: "调整冬季职工食堂食谱并公布", duty: "CS-05", owner: "黄德福", assigned: "2026-10-26", due: "2026-10-30", completed: "2026-10-30", reported: "2026-10-30" },
  { id: "2026-10-015", source: "岗位职责", title: "组织机关职工2026年度健康体检", duty: "YW-04", owner: "许静怡", assigned: "2026-10-08", due: "2026-10-30", completed: "2026-10-29", reported: "2026-10-30" },
  { id: "2026-10-016", source: "领导交办", title: "采写秋季防汛抢险应急演练新闻稿", duty: "XZ-03", owner: "陈雅琴", assigned: "2026-10-19", due: "2026-10-21", completed: "2026-10-20", reported: "2026-10-21" },
  // 进行中: due late November.
  { id: "2026-10-017", source: "岗位职责", title: "办理2027年度报刊征订", duty: "TX-05", owner: "张志强", assigned: "2026-10-19", due: "2026-11-27" },
  { id: "2026-10-018", source: "领导交办", title: "送修2号公务车进行二级保养", duty: "SJ-03", owner: "范卫东", assigned: "2026-10-21", due: "2026-10-23", completed: "2026-10-23", reported: "2026-10-23" },
  { id: "2026-10-019", source: "领导交办", title: "整理上半年办结收文并向档案室移交", duty: "MS-10", owner: "刘晓燕", assigned: "2026-10-12", due: "2026-10-23", completed: "2026-10-22", reported: "2026-10-23" },
  { id: "2026-10-020", source: "岗位职责", title: "更换档案库房除湿机并调试", duty: "DA-06", owner: "杨秀兰", assigned: "2026-10-26", due: "2026-10-28", completed: "2026-10-27", reported: "2026-10-28" },
  { id: "2026-10-021", source: "领导交办", title: "清理机关大门外违规停放车辆", duty: "MW-03", owner: "郭长山", assigned: "2026-10-14", due: "2026-10-15", completed: "2026-10-15", reported: "2026-10-15" },
  { id: "2026-10-022", source: "上级来文", title: "配合市场监管部门开展食品留样专项检查", duty: "CS-02", owner: "吴桂花", assigned: "2026-10-21", due: "2026-10-22", completed: "2026-10-22", reported: "2026-10-23" },
  { id: "2026-10-023", source: "岗位职责", title: "建立个人文件收发登记簿", duty: "TX-08", owner: "韩立新", assigned: "2026-10-19", due: "2026-10-21", completed: "2026-10-21", reported: "2026-10-21" },
  // 逾期未完成 within October: due 10-23, n = wd(10-23, 10-31) = 5.
  { id: "2026-10-024", source: "领导交办", title: "修订机关夜间巡查路线图并上墙", duty: "MW-04", owner: "宋国庆", assigned: "2026-10-19", due: "2026-10-23" },
  // 合格 by score: 宋国庆 also carries a September task, open: 2 + 0.5 × wd(09-30, 10-31) = 2 + 0.5 × 18 = 11.
  { id: "2026-09-017", source: "领导交办", title: "更新门卫值班制度和岗位职责牌并上墙", duty: "MW-01", owner: "宋国庆", assigned: "2026-09-21", due: "2026-09-30" },
  { id: "2026-10-025", source: "领导交办", title: "统计汛期防汛值班电话来电情况", duty: "MW-08", owner: "何永平", assigned: "2026-10-26", due: "2026-10-28", completed: "2026-10-28", reported: "2026-10-28" },
  // Completed on Friday 10-30, October's last working day, not yet reported at 10-31: the report
  // deadline addWd(10-30, 1) is Monday 11-02, so October charges nothing (未及时回报 would fall in November).
  { id: "2026-10-026", source: "领导交办", title: "汇总10月份局领导批示件办理情况并形成督办通报", duty: "ZR-03", owner: "赵明远", assigned: "2026-10-26", due: "2026-10-30", completed: "2026-10-30" },
];

// prettier-ignore
const findings = [
  // Per-duty cap: four findings on 郭长山's MW-07 (交接班, worth 5): 2 + 2 + 2 + 2 × 0.5 = 7 > 5.
  { date: "2026-10-13", person: "郭长山", duty: "MW-07", problem: "10月13日早班交接时未填写交接班记录", standard: "K09", points: 2, source: "组织检查", rectified: true, veto: false, checker: "周海涛" },
  { date: "2026-10-20", person: "郭长山", duty: "MW-07", problem: "交接班记录缺接班人签名", standard: "K09", points: 2, source: "组织检查", rectified: true, veto: false, checker: "周海涛" },
  { date: "2026-10-27", person: "郭长山", duty: "MW-07", problem: "值班登记簿和钥匙未当面交接", standard: "K09", points: 2, source: "组织检查", rectified: false, veto: false, checker: "周海涛" },
  { date: "2026-10-29", person: "郭长山", duty: "MW-07", problem: "自查发现10月28日夜班交接记录漏记交接时间", standard: "K09", points: 2, source: "自查", rectified: false, veto: false, checker: "郭长山" },
  // 宋国庆 (合格 by score): two organisational findings and one unrectified self-check (1 × 0.5).
  { date: "2026-10-19", person: "宋国庆", duty: "MW-04", problem: "10月18日凌晨2时至6时夜间巡查记录空白，巡查未落实", standard: "K09", points: 2, source: "组织检查", rectified: true, veto: false, checker: "周海涛" },
  { date: "2026-10-26", person: "宋国庆", duty: "MW-02", problem: "来访人员未登记即放行进入办公楼", points: 1, source: "组织检查", rectified: true, veto: false, checker: "周海涛" },
  { date: "2026-10-30", person: "宋国庆", duty: "MW-01", problem: "自查发现值班记录漏记2处交接事项", points: 1, source: "自查", rectified: false, veto: false, checker: "宋国庆" },
  // 一票否决: the only veto of the month; 范卫东's grade becomes 不合格 whatever his score.
  { date: "2026-10-16", person: "范卫东", duty: "SJ-05", problem: "未经派车私自驾驶公务车辆办理个人事务，属公车私用", points: 5, source: "组织检查", rectified: true, veto: true, checker: "周海涛" },
  // 自查, rectified: factor 0.
  { date: "2026-10-12", person: "刘晓燕", duty: "MS-01", problem: "自查发现10月9日收到的1件上级来文未当日登记，已补登", standard: "K02", points: 0.5, source: "自查", rectified: true, veto: false, checker: "刘晓燕" },
  // 自查, not rectified: factor 0.5.
  { date: "2026-10-23", person: "杨秀兰", duty: "DA-04", problem: "自查发现第三季度接收的2卷工程档案卷内目录未编制", standard: "K05", points: 1, source: "自查", rectified: false, veto: false, checker: "杨秀兰" },
  // 组织检查 (rectified or not, factor 1).
  { date: "2026-10-15", person: "马丽娟", duty: "WY-02", problem: "印发的《关于做好秋冬季安全生产工作的通知》有2处文字差错", standard: "K01", points: 2, source: "组织检查", rectified: true, veto: false, checker: "孙立群" },
  { date: "2026-10-21", person: "郑浩然", duty: "MS-04", problem: "10月12日局长办公会纪要会后4个工作日才印发", standard: "K03", points: 1, source: "组织检查", rectified: true, veto: false, checker: "孙立群" },
  { date: "2026-10-22", person: "孙立群", duty: "YF-03", problem: "督办台账中2项决议事项进展未按时更新", standard: "K04", points: 1, source: "组织检查", rectified: true, veto: false, checker: "赵明远" },
  { date: "2026-10-28", person: "陈雅琴", duty: "XZ-04", problem: "办公用品库房月末盘点打印纸账物不符", standard: "K12", points: 1, source: "组织检查", rectified: false, veto: false, checker: "周海涛" },
  { date: "2026-10-21", person: "冯建军", duty: "SD-02", problem: "二楼卫生间水管漏水报修后次日才处理", points: 1, source: "组织检查", rectified: true, veto: false, checker: "周海涛" },
  { date: "2026-10-22", person: "曹志刚", duty: "SJ-04", problem: "自查发现10月21日出车未填写行车日志，已补填", standard: "K10", points: 1, source: "自查", rectified: true, veto: false, checker: "曹志刚" },
  { date: "2026-10-26", person: "黄德福", duty: "CS-02", problem: "10月23日午餐一个菜品未留样", points: 1, source: "组织检查", rectified: true, veto: false, checker: "许静怡" },
];

// prettier-ignore
const quotas = [
  { person: "陈雅琴", indicator: "宣传稿件（篇）", annualTarget: 24, target: 2, actual: 4, priorActual: 18 }, // 2 above: +1
  { person: "郑浩然", indicator: "宣传稿件（篇）", annualTarget: 24, target: 2, actual: 1, priorActual: 17 }, // 1 short: −1, 50 元
  { person: "赵明远", indicator: "宣传稿件（篇）", annualTarget: 12, target: 1, actual: 1, priorActual: 9 },
  { person: "孙立群", indicator: "宣传稿件（篇）", annualTarget: 12, target: 1, actual: 1, priorActual: 8 },
  { person: "刘晓燕", indicator: "宣传稿件（篇）", annualTarget: 12, target: 1, actual: 1, priorActual: 9 },
  { person: "刘晓燕", indicator: "信息报送（条）", annualTarget: 48, target: 4, actual: 5, priorActual: 36 }, // 1 above: +0.5
  { person: "郑浩然", indicator: "信息报送（条）", annualTarget: 48, target: 4, actual: 4, priorActual: 35 },
];

// prettier-ignore
const bonuses = [
  // 陈雅琴: 3 + 2 + quota excess 1 = 6, capped at 5.
  { date: "2026-10-22", person: "陈雅琴", reason: "稿件《惠金河务局开展秋季防汛抢险应急演练》被黄河报头版采用，市河务局通报表扬", points: 3 },
  { date: "2026-10-28", person: "陈雅琴", reason: "承担上级河务局宣传工作现场会的会务和报道，受局领导书面表扬", points: 2 },
  { date: "2026-10-20", person: "许静怡", reason: "秋季防汛抢险应急演练医疗保障表现突出，受到局通报表扬", points: 1 },
  { date: "2026-10-30", person: "王慧敏", reason: "利用工程档案为险工加固设计及时提供资料，工务科致函感谢", points: 1 },
];

// Days a person has no log at all (日志缺报), and days on leave or a trip (a row that counts).
const MISSING = {
  冯建军: ["2026-10-10"],
  宋国庆: ["2026-10-15", "2026-10-16", "2026-10-22"],
};
// prettier-ignore
const AWAY = [
  { date: "2026-10-09", person: "何永平", status: "请假", content: "请事假1天（家中老人就医），门岗由郭长山顶班" },
  { date: "2026-10-14", person: "孙立群", status: "出差", content: "赴开封参加上级河务局政务信息工作培训班" },
  { date: "2026-10-15", person: "孙立群", status: "出差", content: "参加政务信息工作培训班，学习信息编报新要求" },
  { date: "2026-10-21", person: "曹志刚", status: "出差", content: "送局领导赴新乡检查河道整治工程，当日往返" },
  { date: "2026-10-26", person: "吴桂花", status: "请假", content: "请病假（感冒发热），食堂工作由黄德福承担" },
  { date: "2026-10-27", person: "吴桂花", status: "请假", content: "续请病假1天，已报行政副主任批准" },
  { date: "2026-10-27", person: "赵明远", status: "出差", content: "赴郑州参加上级河务局办公室主任工作会议" },
  { date: "2026-10-30", person: "许静怡", status: "请假", content: "请年休假1天，药品柜钥匙交行政副主任保管" },
];

// Dated events of the month, written into the logs of the people concerned.
// prettier-ignore
const EVENTS = [
  ["2026-10-08", "赵明远", "ZR-02", "主持办公室节后收心会，部署节后安全生产检查和汛末各项工作"],
  ["2026-10-08", "周海涛", "XF-08", "带队检查节后机关用电、消防设施和食堂燃气，未发现隐患"],
  ["2026-10-08", "刘晓燕", "MS-01", "签收登记国庆假期积存来文14件，按拟办意见分送局领导批阅"],
  ["2026-10-08", "张志强", "TX-03", "分拣投送国庆假期积存报刊，各部门签收完毕"],
  ["2026-10-09", "孙立群", "YF-12", "复核国庆假期值班记录，汇总值班期间重要来电情况"],
  ["2026-10-12", "郑浩然", "MS-04", "记录10月12日局长办公会，整理会议记录"],
  ["2026-10-12", "陈雅琴", "XZ-05", "布置局长办公会会场，调试话筒和投影设备"],
  ["2026-10-12", "赵明远", "ZR-06", "审定办公室9月份考核结果并在科室公示"],
  ["2026-10-14", "郑浩然", "MS-04", "整理局长办公会会议纪要初稿", "未完成", "会上有2项决议的承办部门需与会议主持人确认", "明日上午请示主持人后定稿"],
  ["2026-10-15", "赵明远", "ZR-05", "主持第三季度目标运行监测分析会，形成分析报告报局领导"],
  ["2026-10-15", "马丽娟", "WY-02", "根据检查意见更正通知中2处文字差错，重新印发"],
  ["2026-10-19", "韩立新", "TX-01", "到岗报到，熟悉机关各部门位置和文件分送流程"],
  ["2026-10-19", "张志强", "TX-01", "带新调入的韩立新熟悉文件传递和报刊分送路线"],
  ["2026-10-20", "陈雅琴", "XZ-03", "跟拍秋季防汛抢险应急演练，完成新闻稿并送业务副主任审核"],
  ["2026-10-20", "许静怡", "YW-05", "携急救药箱参加秋季防汛抢险应急演练医疗保障"],
  ["2026-10-20", "范卫东", "SJ-06", "防汛抢险应急演练期间车辆待命，运送抢险队员往返演练现场"],
  ["2026-10-20", "冯建军", "SD-03", "演练前检查防汛仓库备用发电机组，试机运行正常"],
  ["2026-10-21", "宋国庆", "MW-04", "修订夜间巡查路线图", "未完成", "新建防汛仓库位置未标注，底图需重新绘制", "请水电工协助核对仓库位置后再绘制"],
  ["2026-10-23", "黄德福", "CS-02", "每餐留样，发现午餐一个菜品漏留样，已向行政副主任报告"],
  ["2026-10-28", "陈雅琴", "XZ-05", "承担上级河务局宣传工作现场会会务，会场布置和签到服务"],
  ["2026-10-29", "许静怡", "YW-04", "陪同职工在市第三人民医院完成年度健康体检"],
  ["2026-10-29", "周海涛", "XF-05", "起草公务用车使用管理情况自查报告", "未完成", "9月份部分车辆维修费用票据未归集", "与财务科核对票据后11月上旬报送"],
  ["2026-10-30", "赵明远", "ZR-11", "制定办公室11月份目标任务，分解落实到人"],
];

// ---------------------------------------------------------------------------------------------
// Routine log rows, by post. A row with `open` can come out 进行中 with its problem and measure.
// ---------------------------------------------------------------------------------------------

const DOCS = [
  "关于做好秋冬季安全生产工作的通知",
  "关于开展汛末工程普查的通知",
  "关于报送第三季度目标任务完成情况的通知",
  "关于2027年度报刊征订工作的通知",
  "关于组织职工年度健康体检的通知",
  "关于做好防汛抢险应急演练准备工作的通知",
  "关于开展档案管理专项检查的通知",
  "关于进一步加强公务用车管理的通知",
  "关于调整机关冬季作息时间的通知",
];
const AREAS = ["花园口", "马渡", "东大坝", "保合寨", "南裹头"];
const DEPTS = ["工务科", "防汛办公室", "水政监察大队", "财务科", "人事劳动科", "工程管理段"];

const ROUTINE = {
  办公室主任: [
    {
      d: "ZR-01",
      t: () => `协调${r.pick(DEPTS)}与${r.pick(DEPTS)}做好汛末工程普查资料交接，明确牵头部门和完成时限`,
    },
    {
      d: "ZR-03",
      t: () => {
        const n = r.int(6, 9);
        return `听取决议事项督办进展汇报，${n}项中${r.int(3, n - 1)}项已办结，其余催办到人`;
      },
    },
    { d: "ZR-04", t: () => `审核《${r.pick(DOCS)}》等发文稿${r.int(2, 5)}件，提出修改意见` },
    { d: "ZR-07", t: () => "审阅办公室人员工作日志和周计划，签署指导意见" },
    {
      d: "ZR-10",
      t: () => `办理局领导交办的${r.pick(AREAS)}险工管护情况调研事项，整理调研提纲`,
      open: ["调研涉及多个部门，资料未收齐", "明日电话催收，周内完成提纲"],
    },
    { d: "ZR-08", t: () => "组织办公室人员学习《党政机关公文处理工作条例》，讲解收文办理要求" },
    {
      d: "ZR-12",
      t: () => "审定上级河务局检查组接待方案，协调会议室和用车安排",
      open: ["检查组到达时间未最终确定", "与上级河务局联系确认后调整方案"],
    },
  ],
  业务副主任: [
    { d: "YF-01", t: () => `审阅当日来文${r.int(5, 12)}件，提出拟办意见，急件${r.int(1, 2)}件当即呈送` },
    {
      d: "YF-02",
      t: () => `初核${r.pick(DEPTS)}报送的发文稿${r.int(1, 3)}件，修改文种和格式问题`,
      open: ["1件请示一文多事", "退回起草部门拆分后重新报送"],
    },
    { d: "YF-03", t: () => "跟踪会议决议事项办理进度，电话催办临近时限事项" },
    { d: "YF-05", t: () => `登记机要文件${r.int(1, 3)}件，当日呈送局领导阅批` },
    { d: "YF-06", t: () => `审批用印申请${r.int(2, 6)}次，核对用印登记簿` },
    { d: "YF-07", t: () => "检查办公自动化系统网上办文情况，督促2个部门及时办结待办件" },
    {
      d: "YF-09",
      t: () => "修改局长在汛末工作会议上的讲话稿",
      open: ["部分工程数据待工务科核实", "与工务科核对后明日定稿"],
    },
    { d: "YF-08", t: () => `审核宣传稿件${r.int(1, 2)}篇，提出修改意见后同意外发` },
  ],
  行政副主任: [
    { d: "XF-01", t: () => "上班前巡查机关院落环境卫生和绿化，安排清扫落叶" },
    {
      d: "XF-02",
      t: () => `审核办公用品采购申请${r.int(2, 4)}份，核对入库单`,
      open: ["1份申请超出月度计划", "退回申请部门说明理由后再审"],
    },
    { d: "XF-04", t: () => "检查炊事、门卫、水电岗位工作日志，提出改进意见" },
    { d: "XF-05", t: () => `调度公务车辆${r.int(3, 7)}车次，审核派车单和加油登记` },
    { d: "XF-06", t: () => "检查食堂食品留样和餐具消毒记录" },
    {
      d: "XF-07",
      t: () => "核对新购办公家具入账资料，更新固定资产台账",
      open: ["2件家具发票未到", "督促供货单位周内补齐发票"],
    },
    { d: "XF-03", t: () => "落实上级检查组食宿和用车安排" },
  ],
  行政事务管理及宣传: [
    {
      d: "XZ-01",
      t: () => `采写${r.pick(AREAS)}险工秋季管护新闻稿，送业务副主任审核`,
      open: ["现场照片不够清晰", "明日补拍后再送审"],
    },
    {
      d: "XZ-02",
      t: () => "更新机关宣传栏和电子显示屏治黄要闻内容",
      open: ["电子显示屏控制卡故障", "已请水电工检修，先更新宣传栏"],
    },
    { d: "XZ-04", t: () => `发放办公用品${r.int(8, 20)}件，登记领用台账` },
    { d: "XZ-05", t: () => `受理会议室预约${r.int(1, 3)}场，布置会场座签` },
    { d: "XZ-06", t: () => "办理上周公务接待费用报账，核对审批单和票据" },
    { d: "XZ-07", t: () => "记录当日后勤事务办理情况，跟踪未办结报修事项" },
  ],
  秘书: [
    {
      d: "MS-01",
      t: () => `签收登记上级来文${r.int(3, 8)}件、平行来文${r.int(1, 3)}件，按拟办意见呈送局领导`,
    },
    { d: "MS-02", t: () => `分送领导批示件${r.int(2, 5)}件，催办到期件${r.int(1, 2)}件` },
    { d: "MS-03", t: () => `办理发文编号、用印和分发，《${r.pick(DOCS)}》已印发` },
    { d: "MS-05", t: () => `编写工作动态信息${r.int(1, 2)}条，报业务副主任审核` },
    {
      d: "MS-06",
      t: () => `起草《${r.pick(DOCS)}》初稿`,
      open: ["需征求工务科意见", "已发征求意见函，明日汇总修改"],
    },
    {
      d: "MS-07",
      t: () => "更新督办台账，收集承办部门办理进展",
      open: ["2个承办部门未按时反馈进展", "电话催报，明日上午汇总"],
    },
    { d: "MS-08", t: () => "编排局领导本周活动安排并印发" },
    { d: "MS-09", t: () => `收回阅毕涉密文件${r.int(1, 2)}件，核对清退登记` },
  ],
  档案员: [
    {
      d: "DA-02",
      t: () => `整理2025年度归档文件${r.int(40, 90)}件，完成编号和装盒`,
      open: ["部分文件缺少领导签批页", "登记清单后请秘书协助补齐"],
    },
    {
      d: "DA-03",
      t: () => `接收${r.pick(AREAS)}险工加固工程施工资料${r.int(3, 9)}卷，清点登记`,
      open: ["施工单位移交的图纸缺竣工图章", "退回施工单位补盖后重新接收"],
    },
    { d: "DA-05", t: () => `办理${r.pick(DEPTS)}档案查阅${r.int(1, 3)}人次，登记利用效果` },
    {
      d: "DA-06",
      t: () => `检查档案库房“八防”设施，温度${r.int(17, 21)}摄氏度、相对湿度${r.int(48, 58)}%，已记录`,
    },
    {
      d: "DA-10",
      t: () => `录入文书档案目录${r.int(30, 60)}件，核对案卷题名`,
      open: ["部分案卷题名不规范", "问题案卷汇总后请业务副主任把关"],
    },
    { d: "DA-08", t: () => "整理9月份局大事记，核对会议和活动日期" },
    { d: "DA-09", t: () => "整理重要活动照片，标注时间、地点、人物和事由" },
  ],
  文印: [
    { d: "WY-01", t: () => `印制《${r.pick(DOCS)}》${r.int(30, 80)}份，交秘书分发` },
    { d: "WY-02", t: () => `校对待印公文${r.int(2, 4)}件，对照签发稿逐字核对` },
    {
      d: "WY-04",
      t: () => `装订分装会议材料${r.int(20, 60)}套，交通讯员分送`,
      open: ["会议材料临时增加附件", "附件印出后补装"],
    },
    {
      d: "WY-05",
      t: () => "保养复印机和速印机，清理进纸通道",
      open: ["速印机滚筒磨损", "已报修，厂家明日上门"],
    },
    { d: "WY-06", t: () => "登记纸张和墨粉领用，统计本周印制数量" },
    { d: "WY-07", t: () => "下班前检查文印室设备断电、门窗关闭" },
  ],
  通讯员: [
    { d: "TX-01", t: () => `分送机关内部文件${r.int(8, 20)}份，办理签收` },
    { d: "TX-02", t: () => `往返上级河务局机要交换站，交换机要文件${r.int(1, 4)}件` },
    { d: "TX-03", t: () => `分拣投送报纸${r.int(20, 40)}份、杂志${r.int(2, 6)}册` },
    {
      d: "TX-04",
      t: () => `收发快递和挂号信${r.int(2, 7)}件，登记后转交收件人`,
      open: ["1件挂号信收件人出差", "暂存收发室，收件人返岗后转交"],
    },
    { d: "TX-06", t: () => "电话通知各部门负责人参加局务会，统计参会名单" },
    { d: "TX-08", t: () => "登记当日文件和报刊收发情况" },
  ],
  炊事员: [
    { d: "CS-01", t: () => "检查早餐和午餐原料，生熟分开存放" },
    { d: "CS-02", t: () => `午餐${r.int(4, 6)}个菜品全部留样并登记` },
    { d: "CS-03", t: () => `验收蔬菜、肉类等食材${r.int(6, 12)}种，索取票据登记台账` },
    { d: "CS-04", t: () => "清洗消毒餐具，清扫厨房和餐厅" },
    { d: "CS-05", t: () => "按食谱制作午餐，12时准时开饭" },
    { d: "CS-06", t: () => "下班前关闭燃气总阀和厨房电器电源" },
  ],
  水电工: [
    { d: "SD-01", t: () => "巡检配电室和供水泵房，线路设备运行正常" },
    {
      d: "SD-02",
      t: () =>
        `处理${r.pick(["二楼卫生间", "档案库房", "食堂", "一楼走廊", "会议室"])}水电报修${r.int(1, 2)}处，登记维修情况`,
      open: ["更换配件需采购", "已报行政副主任审批，配件到货后修复"],
    },
    { d: "SD-03", t: () => "试机防汛仓库备用发电机组，补充柴油" },
    { d: "SD-04", t: () => "检查办公楼长明灯和长流水情况，关闭无人房间照明" },
    {
      d: "SD-05",
      t: () => "更新空调设备维修保养台账",
      open: ["3台空调未标注购置日期", "查阅资产台账后补记"],
    },
  ],
  医务人员: [
    { d: "YW-01", t: () => `接诊职工${r.int(2, 6)}人次，主要为感冒和咽炎，已登记诊疗记录` },
    { d: "YW-02", t: () => "检查药品柜药品有效期，清点常用药库存" },
    {
      d: "YW-03",
      t: () => `更新职工健康档案${r.int(3, 8)}份，录入慢性病随访情况`,
      open: ["2名职工随访资料未交", "电话提醒本周内送交"],
    },
    { d: "YW-06", t: () => "对食堂、会议室等公共区域进行消毒并登记" },
    { d: "YW-08", t: () => "移交医疗废物，填写交接登记" },
    { d: "YW-07", t: () => "制作秋冬季流感预防宣传栏" },
  ],
  机关门卫: [
    { d: "MW-01", t: () => "24小时值班，坚守岗位，整理门卫室" },
    { d: "MW-02", t: () => `登记来访人员${r.int(4, 12)}人次，均电话联系被访部门后放行` },
    { d: "MW-03", t: () => `登记外来车辆${r.int(3, 10)}辆次，引导到指定位置停放` },
    { d: "MW-04", t: () => "夜间巡查院落、办公楼和防汛仓库，未发现异常" },
    { d: "MW-05", t: () => `代收快递包裹${r.int(3, 9)}件，通知收件人领取` },
    { d: "MW-07", t: () => "8时交接班，交接值班情况、钥匙和登记簿" },
    { d: "MW-08", t: () => `接听值班电话${r.int(2, 6)}个，登记后转告值班领导` },
  ],
  司机: [
    { d: "SJ-01", t: () => `出车${r.int(1, 3)}趟，安全行驶${r.int(30, 160)}公里` },
    { d: "SJ-02", t: () => "出车前检查机油、冷却液、制动和轮胎，车况良好" },
    { d: "SJ-04", t: () => "填写行车日志，核对里程和加油记录" },
    { d: "SJ-05", t: () => `按派车单送${r.pick(DEPTS)}人员赴${r.pick(AREAS)}险工检查` },
    { d: "SJ-07", t: () => "清洗车辆内外，收车后停放指定车位" },
    {
      d: "SJ-03",
      t: () => "联系定点维修厂预约车辆保养，报行政副主任审批",
      open: ["定点维修厂本周工位已满", "改约下周一上午送修"],
    },
  ],
};

// Routine items of a weekly plan, by post.
const PLANS = {
  办公室主任: [
    ["ZR-03", "听取决议事项督办进展，周五向局领导报告"],
    ["ZR-07", "周一审阅全体人员日志和周计划"],
    ["ZR-04", "审核本周拟发公文"],
    ["ZR-01", "协调汛末工程普查各部门分工"],
    ["ZR-09", "开展保密提醒，检查涉密文件管理"],
  ],
  业务副主任: [
    ["YF-01", "组织本周收文拟办和传阅催办"],
    ["YF-03", "跟踪决议事项办理进度并催办"],
    ["YF-04", "审核报送本周政务信息"],
    ["YF-11", "周五检查秘书、文印、通讯员日志"],
    ["YF-09", "修改汛末工作会议讲话稿"],
  ],
  行政副主任: [
    ["XF-01", "每日巡查院落卫生和安全"],
    ["XF-04", "周五检查辅助岗位工作日志"],
    ["XF-05", "做好公务车辆调度和费用登记"],
    ["XF-06", "检查食堂留样和消毒记录"],
    ["XF-02", "审核办公用品采购申请"],
  ],
  行政事务管理及宣传: [
    ["XZ-01", "采写治黄宣传稿件1篇"],
    ["XZ-02", "更新宣传栏和电子显示屏内容"],
    ["XZ-04", "办理办公用品领用登记"],
    ["XZ-05", "做好会议室预约和会场布置"],
    ["XZ-06", "办理接待费用报账"],
  ],
  秘书: [
    ["MS-01", "收文当日登记呈送"],
    ["MS-02", "批示件分送和到期催办"],
    ["MS-05", "报送本周工作动态信息"],
    ["MS-07", "周四汇总督办进展"],
    ["MS-08", "周一印发领导活动安排"],
  ],
  档案员: [
    ["DA-02", "整理2025年度归档文件"],
    ["DA-06", "每日记录库房温湿度"],
    ["DA-10", "录入文书档案目录"],
    ["DA-05", "办理档案查阅借阅"],
    ["DA-03", "接收险工加固工程施工资料"],
  ],
  文印: [
    ["WY-01", "按时印制签发公文"],
    ["WY-02", "印前逐字校对"],
    ["WY-05", "保养复印机和速印机"],
    ["WY-06", "统计本周印制数量和耗材"],
  ],
  通讯员: [
    ["TX-01", "机关内部文件当日送达"],
    ["TX-02", "周二、周五往返机要交换站"],
    ["TX-03", "报刊到达后2小时内分送"],
    ["TX-04", "快递信件当日转交"],
  ],
  炊事员: [
    ["CS-02", "每餐留样并登记"],
    ["CS-03", "上午9时前完成食材验收"],
    ["CS-05", "周五公布下周食谱"],
    ["CS-04", "餐后清洗消毒餐具"],
  ],
  水电工: [
    ["SD-01", "每日上午巡检配电室和泵房"],
    ["SD-02", "报修30分钟内到场"],
    ["SD-03", "试机防汛仓库备用发电机组"],
    ["SD-04", "检查节水节电情况"],
  ],
  医务人员: [
    ["YW-01", "做好职工日常诊疗"],
    ["YW-06", "公共区域消毒1次"],
    ["YW-08", "周二、周五移交医疗废物"],
    ["YW-02", "检查药品有效期"],
  ],
  机关门卫: [
    ["MW-01", "坚守岗位，做好24小时值班"],
    ["MW-02", "来访人员逐一登记"],
    ["MW-04", "夜间每2小时巡查1次"],
    ["MW-07", "按时交接班并登记"],
  ],
  司机: [
    ["SJ-02", "出车前检查车况"],
    ["SJ-04", "收车后填写行车日志"],
    ["SJ-07", "保持车辆整洁、规范停放"],
    ["SJ-06", "汛末车辆保持待命"],
  ],
};

const SELF_CHECKS = [
  "对照岗位职责逐条自查，本周各项工作按时限完成",
  "自查本周日志，无漏记事项",
  "对照质量标准自查，未发现问题",
  "自查发现登记有1处字迹潦草，已重新誊写",
];

// ---------------------------------------------------------------------------------------------
// Assemble
// ---------------------------------------------------------------------------------------------

// Due date of a task; the one task with a working-day limit (assigned 09-29, 5 days) is
// counted on the September tail plus October's working days.
function dueOf(t) {
  if (t.due) return t.due;
  const after = ["2026-09-30", ...WORKDAYS].filter((d) => d > t.assigned);
  return after[t.limitWorkdays - 1];
}
const startOf = (name) => staff.find((s) => s.name === name).start || WORKDAYS[0];
// A task naming another post's duty keeps that code on the task only (one deliberate warning);
// the owner's own log and plan rows about it name no duty.
const postOf = Object.fromEntries(staff.map((s) => [s.name, s.post]));
const ownDuty = (t) =>
  t.duty && handbook.duties.find((d) => d.code === t.duty).post === postOf[t.owner] ? t.duty : undefined;
const taskTouch = [];
for (const t of tasks) {
  if (t.assigned >= WORKDAYS[0])
    taskTouch.push([t.assigned, t.owner, ownDuty(t), `接受交办事项“${t.title}”，制定办理计划`]);
  if (t.completed && t.completed >= WORKDAYS[0]) {
    const told = t.reported === t.completed ? "，已向领导回报" : "";
    taskTouch.push([t.completed, t.owner, ownDuty(t), `办结交办事项“${t.title}”${told}`]);
  }
}

const logs = [];
for (const date of WORKDAYS) {
  for (const s of staff) {
    if (date < startOf(s.name)) continue;
    if ((MISSING[s.name] || []).includes(date)) continue;
    const away = AWAY.find((a) => a.date === date && a.person === s.name);
    if (away) {
      logs.push({ date, person: s.name, content: away.content, status: away.status });
      continue;
    }
    const rows = [];
    for (const [d, p, duty, content, status, problem, measure] of [...EVENTS, ...taskTouch]) {
      if (d === date && p === s.name)
        rows.push({ duty, content, status: status || "完成", problem, measure });
    }
    const want = rows.length > 0 ? (r.next() < 0.4 ? rows.length + 1 : rows.length) : r.next() < 0.3 ? 2 : 1;
    const bank = ROUTINE[s.post];
    while (rows.length < want) {
      const e = r.pick(bank);
      if (rows.some((x) => x.duty === e.d)) continue;
      const row = { duty: e.d, content: e.t(), status: "完成" };
      if (e.open && r.next() < 0.45) {
        row.status = "进行中";
        [row.problem, row.measure] = e.open;
      }
      rows.push(row);
    }
    if (date === lastWorkdayOfWeek(weekOf(date))) {
      // The Friday self-check names an overdue task honestly instead of a routine sentence.
      const late = tasks.find(
        (t) => t.owner === s.name && dueOf(t) < date && !(t.completed && t.completed <= date),
      );
      rows[rows.length - 1].selfCheck = late
        ? `自查发现交办事项“${late.title}”已超过时限未完成，已向领导说明原因`
        : r.pick(SELF_CHECKS);
    }
    for (const row of rows) {
      const out = { date, person: s.name };
      if (row.duty) out.duty = row.duty;
      out.content = row.content;
      out.status = row.status;
      for (const k of ["problem", "measure", "selfCheck"]) if (row[k]) out[k] = row[k];
      logs.push(out);
    }
  }
}
logs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

// Weekly plans: the tasks open during the week plus routine items, each with its outcome.
const PLAN_OUTCOMES = ["已完成", "已完成", "已完成", "按时完成，已回报"];
const weeklyPlans = [];
for (const w of WEEKS) {
  const weekEnd = lastWorkdayOfWeek(w);
  for (const s of staff) {
    if (weekEnd < startOf(s.name)) continue;
    const items = [];
    for (const t of tasks) {
      const open = t.assigned <= weekEnd && !(t.completed && t.completed < w);
      if (t.owner !== s.name || !open) continue;
      let outcome;
      if (t.completed && t.completed <= weekEnd) outcome = "已完成";
      else if (dueOf(t) > weekEnd) outcome = "正在办理";
      else outcome = "未完成，顺延下周";
      items.push({ item: t.title, duty: ownDuty(t), outcome });
    }
    const bank = PLANS[s.post];
    const used = new Set(items.map((it) => it.duty));
    while (items.length < 3) {
      const [duty, item] = r.pick(bank);
      if (used.has(duty)) continue;
      used.add(duty);
      items.push({ item, duty, outcome: r.pick(PLAN_OUTCOMES) });
    }
    for (const it of items) {
      const out = { person: s.name, weekStart: w, item: it.item };
      if (it.duty) out.duty = it.duty;
      out.outcome = it.outcome;
      weeklyPlans.push(out);
    }
  }
}

const dataset = {
  office: handbook.office,
  month: "2026-10",
  asOf: "2026-10-31",
  posts: handbook.posts,
  duties: handbook.duties,
  staff,
  tasks,
  logs,
  weeklyPlans,
  findings,
  quotas,
  bonuses,
  calendar: { restDays: [], workDays: [] },
};
const file = path.join(root, "templates", "sample-2026-10.json");
const text = JSON.stringify(dataset, null, 2) + "\n";
if (process.argv.includes("--check")) {
  // Used by the tests: the committed file must be exactly what this script writes.
  const same = fs.existsSync(file) && fs.readFileSync(file, "utf8") === text;
  if (!same)
    console.error(`${path.relative(root, file)} 与生成结果不一致：请运行 node scripts/make-sample.js`);
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(file, text);
console.log(
  `已写出 ${path.relative(root, file)}：日志 ${logs.length} 行，周计划 ${weeklyPlans.length} 条，交办事项 ${tasks.length} 件`,
);
