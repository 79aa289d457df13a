// Task status at an as-of date (SPEC §4 "Task status"). The same status drives the 交办事项
// sheet's 状态/逾期工作日 columns, the traffic-light colours and the 逾期清单.

import type { Calendar } from "./calendar";
import type { ISODate, Rules, Task, TaskStatus } from "./types";

export interface TaskState {
  /** 应完成日; undefined when the task gives neither a due date nor a time limit */
  due: ISODate | undefined;
  status: TaskStatus;
  /** 逾期工作日: wd(due, asOf) when 逾期未完成, wd(due, completed) when 逾期完成, else 0 */
  overdueDays: number;
  /** 未及时回报: completed by asOf and not reported within `reportWithinWorkdays` working days */
  lateReport: boolean;
}

/**
 * 应完成日. An explicit due date wins over a time limit when a row has both (the date is what the
 * director wrote on the assignment); otherwise due = addWd(assigned, limitWorkdays). A task with
 * neither has no due date: it is never overdue (the entry check reports it as an error).
 * Throws CalendarMissingError when the limit runs into a year the calendar lacks.
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

/** Whether a completion C was reported in time at A: R given by A and wd(C, R) ≤ the limit. */
export function reportedInTime(
  completed: ISODate,
  reported: ISODate | undefined,
  asOf: ISODate,
  cal: Calendar,
  rules: Rules
): boolean {
  const r = givenBy(reported, asOf);
  // A report dated before the completion (an entry error) is taken as immediate: wd(C, R) = 0.
  return r !== undefined && cal.wd(completed, r) <= rules.reportWithinWorkdays;
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
  const lateReport = !reportedInTime(done, task.reported, asOf, cal, rules);
  if (due !== undefined && done > due) {
    return { due, status: "逾期完成", overdueDays: cal.wd(due, done), lateReport };
  }
  return { due, status: "按时完成", overdueDays: 0, lateReport };
}
