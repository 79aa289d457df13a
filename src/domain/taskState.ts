// Task status at an as-of date (SPEC §4 "Task status"). The same status drives the 交办事项
// sheet's 状态/逾期工作日 columns, the traffic-light colours and the 逾期清单.

import type { Calendar } from "./calendar";
import { addDays } from "./dates";
import type { ISODate, Rules, Task, TaskStatus } from "./types";

export interface TaskState {
  /** 应完成日; undefined when the task gives neither a due date nor a time limit */
  due: ISODate | undefined;
  status: TaskStatus;
  /** 逾期工作日: wd(due, asOf) when 逾期未完成, wd(due, completed) when 逾期完成, else 0 */
  overdueDays: number;
  /**
   * 未及时回报: the report deadline Dr = addWd(completed, reportWithinWorkdays) has come by asOf
   * and no report was given by asOf, or it was given after Dr
   */
  lateReport: boolean;
}

/**
 * 应完成日. An explicit due date wins over a time limit when a row has both (the date is what the
 * director wrote on the assignment); otherwise due = addWd(assigned, limitWorkdays). A task with
 * neither has no due date: it is never overdue (the entry check reports it as an error).
 * A limit running into a provisional (暂定) year counts that year's provisional working days.
 */
export function taskDue(task: Task, cal: Calendar): ISODate | undefined {
  if (task.due) return task.due;
  if (task.limitWorkdays !== undefined && task.limitWorkdays !== null && task.assigned) {
    return cal.addWd(task.assigned, task.limitWorkdays);
  }
  return undefined;
}

/** A date counts at `asOf` only when it is not after it: a completion after A is not yet one. */
export function givenBy(d: ISODate | undefined, asOf: ISODate): ISODate | undefined {
  return d && d <= asOf ? d : undefined;
}

/**
 * Whether the report deadline Dr = addWd(C, reportWithinWorkdays) of a completion C falls on or
 * before `date`. Decided without computing Dr (which may lie in a year the calendar lacks): for a
 * limit n ≥ 1, Dr ≤ date exactly when (C, date] holds at least n working days; for n = 0, Dr = C.
 */
export function reportDueBy(
  completed: ISODate,
  date: ISODate,
  cal: Calendar,
  rules: Rules
): boolean {
  if (completed > date) return false;
  return rules.reportWithinWorkdays === 0 || cal.wd(completed, date) >= rules.reportWithinWorkdays;
}

/**
 * Whether a completion C was reported in time at A: a report R given by A with R ≤ Dr. For a
 * limit n ≥ 1 that is: fewer than n working days in (C, R), i.e. wd(C, R − 1) < n. A report dated
 * on or before the completion (an entry error) is taken as immediate.
 */
export function reportedInTime(
  completed: ISODate,
  reported: ISODate | undefined,
  asOf: ISODate,
  cal: Calendar,
  rules: Rules
): boolean {
  const r = givenBy(reported, asOf);
  if (r === undefined) return false;
  if (r <= completed) return true;
  const n = rules.reportWithinWorkdays;
  return n > 0 && cal.wd(completed, addDays(r, -1)) < n;
}

/** 未及时回报 at A: the deadline Dr has come by A and the report is missing at A or came after Dr. */
export function reportLate(
  completed: ISODate,
  reported: ISODate | undefined,
  asOf: ISODate,
  cal: Calendar,
  rules: Rules
): boolean {
  return (
    reportDueBy(completed, asOf, cal, rules) &&
    !reportedInTime(completed, reported, asOf, cal, rules)
  );
}

export function taskState(task: Task, asOf: ISODate, cal: Calendar, rules: Rules): TaskState {
  const due = taskDue(task, cal);
  const done = givenBy(task.completed, asOf);
  if (done === undefined) {
    if (due !== undefined && asOf > due) {
      return { due, status: "逾期未完成", overdueDays: cal.wd(due, asOf), lateReport: false };
    }
    const soon = due !== undefined && cal.wd(asOf, due) <= rules.warnDays;
    return { due, status: soon ? "临期" : "进行中", overdueDays: 0, lateReport: false };
  }
  const lateReport = reportLate(done, task.reported, asOf, cal, rules);
  if (due !== undefined && done > due) {
    return { due, status: "逾期完成", overdueDays: cal.wd(due, done), lateReport };
  }
  return { due, status: "按时完成", overdueDays: 0, lateReport };
}
