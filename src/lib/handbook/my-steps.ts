/**
 * 我的步骤: for one role, every step of every procedure in which that role is
 * an actor, with the procedure, the step's number, its time or deadline, the
 * procedure's cadence and what to do. The role page shows it grouped by
 * procedure; report prefill uses the step times instead of the procedure's.
 *
 * Pure: takes plain entries (collection entries or the checker's), so the site,
 * the scaffolder's snapshot and the tests share it.
 */

/** The parts of a step this module reads (see `stepSchema`). */
export interface StepLike {
  actors: readonly string[];
  action: string;
  time?: string | undefined;
  endTime?: string | undefined;
  holidayTime?: string | undefined;
  deadline?: string | undefined;
  forms?: readonly string[] | undefined;
}

/** The parts of a procedure this module reads (see `procedureSchema`). */
export interface ProcedureLike {
  title: string;
  kind?: string | undefined;
  lang?: string | undefined;
  trigger?: string | undefined;
  schedule?: {
    frequency: string;
    times?: readonly string[] | undefined;
    weekdays?: readonly string[] | undefined;
    daysOfMonth?: readonly number[] | undefined;
  } | undefined;
  steps: readonly StepLike[];
  branches?: readonly { condition: string; afterStep?: number | undefined; steps: readonly StepLike[] }[] | undefined;
}

/** One step the role carries out. */
export interface MyStep {
  /** 1-based number in the main steps, or in its branch. */
  number: number;
  /** The branch condition when the step belongs to a branch (如:顾客不接受处理方案). */
  branch?: string | undefined;
  /** The main step after which the branch applies, when the procedure says so. */
  afterStep?: number | undefined;
  action: string;
  /** Clock time or range: `09:50`, `18:02–18:30`; undefined when the step has none. */
  time?: string | undefined;
  /** Start time alone (HH:MM), for prefill. */
  startTime?: string | undefined;
  holidayTime?: string | undefined;
  deadline?: string | undefined;
  forms: string[];
  /** Other roles doing the same step. */
  withRoles: string[];
}

/** A procedure's steps for one role. */
export interface MyProcedureSteps {
  id: string;
  title: string;
  kind?: string | undefined;
  lang?: string | undefined;
  /** When a scheduled procedure runs, in words: `每周一 10:00`, `每日 18:40、21:00`. */
  cadence?: string | undefined;
  /** What starts an unscheduled one: `接到顾客投诉时`. */
  trigger?: string | undefined;
  /** The procedure's schedule frequency (每日 / 每周 …), when it has one. */
  frequency?: string | undefined;
  steps: MyStep[];
}

/** `每周一、周三`, `每月5、20日`, `每日` — a schedule's rule without times. */
function scheduleRule(schedule: NonNullable<ProcedureLike['schedule']>): string {
  const weekdays = schedule.weekdays ?? [];
  const days = schedule.daysOfMonth ?? [];
  if (weekdays.length && (schedule.frequency === '每周' || schedule.frequency === '每日')) return `每${weekdays.join('、')}`;
  if (days.length && schedule.frequency === '每月') return `每月${days.join('、')}日`;
  return schedule.frequency;
}

function cadenceOf(procedure: ProcedureLike): string | undefined {
  if (!procedure.schedule) return undefined;
  const times = procedure.schedule.times ?? [];
  return `${scheduleRule(procedure.schedule)}${times.length ? ` ${times.join('、')}` : ''}`;
}

function myStep(step: StepLike, number: number, roleId: string, branch?: { condition: string; afterStep?: number | undefined }): MyStep {
  return {
    number,
    branch: branch?.condition,
    afterStep: branch?.afterStep,
    action: step.action,
    time: step.time ? (step.endTime ? `${step.time}–${step.endTime}` : step.time) : undefined,
    startTime: step.time,
    holidayTime: step.holidayTime,
    deadline: step.deadline,
    forms: [...(step.forms ?? [])],
    withRoles: step.actors.filter((actor) => actor !== roleId),
  };
}

/**
 * Every step of every procedure where `roleId` is an actor, grouped by
 * procedure in the order given (main steps first, then branch steps).
 * Procedures where the role does no step are left out.
 */
export function myStepsOf(roleId: string, procedures: readonly { id: string; data: ProcedureLike }[]): MyProcedureSteps[] {
  const result: MyProcedureSteps[] = [];
  for (const { id, data } of procedures) {
    const steps: MyStep[] = [];
    data.steps.forEach((step, index) => {
      if (step.actors.includes(roleId)) steps.push(myStep(step, index + 1, roleId));
    });
    for (const branch of data.branches ?? []) {
      branch.steps.forEach((step, index) => {
        if (step.actors.includes(roleId)) steps.push(myStep(step, index + 1, roleId, branch));
      });
    }
    if (steps.length === 0) continue;
    result.push({
      id, title: data.title, kind: data.kind, lang: data.lang,
      cadence: cadenceOf(data), trigger: data.schedule ? undefined : data.trigger, frequency: data.schedule?.frequency, steps,
    });
  }
  return result;
}

/** How a step is dated in one line: `10:10`, `会前一日18:00前`, `09:50(节假日 09:30)`; empty when it has no time. */
export function stepWhen(step: MyStep): string {
  const parts: string[] = [];
  if (step.time) parts.push(step.holidayTime ? `${step.time}(节假日 ${step.holidayTime})` : step.time);
  if (step.deadline) parts.push(step.deadline);
  return parts.join(',');
}

/** `第3步`, or `分支“顾客不接受”第1步`. */
export function stepLabel(step: MyStep): string {
  return step.branch ? `分支“${step.branch}”第${step.number}步` : `第${step.number}步`;
}
