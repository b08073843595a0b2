/**
 * Prefill: what the handbook already knows about a role, written as MDX for
 * a report section.
 *
 * - `targets`: the role's KPIs as a targets table, target values to fill in;
 * - `tasks`: the role's duties grouped by cadence, those due in the period;
 * - `procedures`: scheduled procedures the role owns, acts in or attends, as
 *   dated items inside the period (a weekly Monday meeting in a month plan
 *   lists each Monday, a Monday that is a public holiday moved to the next
 *   working day); where the role carries out steps, the times are those of
 *   its own steps (我的步骤), listed under the item;
 * - `completion`: the plan for the same role and period (or, failing that,
 *   the quarterly, half-year or annual plan covering it) turned into a
 *   completion table (目标 / 实际 / 完成情况); without a plan, the role's KPIs
 *   and duties are used.
 */
import { stepLabel, stepWhen, type MyProcedureSteps } from '../handbook/my-steps.ts';
import { meetingDates, meetingDateText, workingDates, type HolidayCalendar, type MeetingDate } from './holidays.ts';
import { escapeCell, escapeMdx } from './mdx-text.ts';
import { datesBetween, isoWeekday, PERIOD_UNITS, shortChineseDate, weekdayName, type ReportPeriod } from './periods.ts';
import { fillTag } from './placeholders.ts';
import type { HandbookSnapshot, SnapshotPlan, SnapshotProcedure, SnapshotRole } from './snapshot.ts';
import type { PrefillKind } from './template.ts';

/** A block of prefilled content; `title` becomes a (一)… sub-heading when a section has several blocks. */
export interface PrefillPart {
  title: string;
  lines: string[];
}

/** Whether a section looks ahead (a plan) or back (a summary, a review). */
export type PrefillMode = 'plan' | 'review';

export interface PrefillContext {
  role: SnapshotRole;
  period: ReportPeriod;
  handbook: HandbookSnapshot;
  mode: PrefillMode;
  /** The plan found for a summary's period, if any. */
  plan?: SnapshotPlan | undefined;
  /** Public holidays and make-up working days of the role's branch; without it dates are not adjusted. */
  calendar?: HolidayCalendar | undefined;
}

const CADENCE_GROUPS: { cadence: string; title: string }[] = [
  { cadence: '每日', title: '日常工作(每日)' },
  { cadence: '每周', title: '每周工作' },
  { cadence: '每月', title: '每月工作' },
  { cadence: '每季', title: '季度工作' },
  { cadence: '每半年', title: '半年工作' },
  { cadence: '每年', title: '年度工作' },
  { cadence: '按计划', title: '按计划开展的工作' },
  { cadence: '随时', title: '随时处理的工作' },
];

/**
 * True when a duty or procedure of `cadence` falls due in `period`: daily and
 * weekly ones always; monthly ones in any period of a month or longer;
 * quarterly, half-yearly and yearly ones in periods that long, or in the
 * month, quarter or half year that closes them (December closes them all).
 */
export function isDue(cadence: string, period: ReportPeriod): boolean {
  const endMonth = Number(period.end.slice(5, 7));
  const closes = (months: number) => endMonth % months === 0 && period.unit !== 'week';
  switch (cadence) {
    case '每日':
    case '每周':
    case '按计划':
    case '随时':
      return true;
    case '每月':
      return period.unit !== 'week';
    case '每季':
      return closes(3);
    case '每半年':
      return closes(6);
    case '每年':
      return closes(12);
    default:
      return false;
  }
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: string[], rows: string[][]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

/** KPIs → targets table. */
function targetsPart(ctx: PrefillContext): PrefillPart[] {
  const { kpis } = ctx.role;
  if (kpis.length === 0) {
    return [{
      title: '工作目标',
      lines: table(['指标', '目标值', '考核标准'], [[fillTag('指标名称'), fillTag('目标值'), fillTag('考核口径')]]),
    }];
  }
  const weighted = kpis.some((k) => k.weight !== undefined);
  const header = ['指标', '目标值', '考核标准', '考核周期', ...(weighted ? ['权重'] : [])];
  const rows = kpis.map((kpi) => [
    escapeCell(kpi.name),
    fillTag(kpi.target ? `目标值(岗位标准:${kpi.target})` : '目标值'),
    escapeCell(kpi.standard),
    escapeCell(kpi.cycle),
    ...(weighted ? [kpi.weight === undefined ? ' ' : `${kpi.weight}%`] : []),
  ]);
  return [{ title: '工作目标', lines: table(header, rows) }];
}

/** Duties due in the period, grouped by cadence; a plan starts with the period's key tasks. */
function tasksPart(ctx: PrefillContext): PrefillPart[] {
  const parts: PrefillPart[] = [];
  const review = ctx.mode === 'review';
  if (!review) {
    parts.push({
      title: '重点工作',
      lines: [
        `1. ${fillTag('重点工作一:内容、责任人和完成时限')}`,
        `2. ${fillTag('重点工作二:内容、责任人和完成时限')}`,
      ],
    });
  }
  for (const group of CADENCE_GROUPS) {
    if (!isDue(group.cadence, ctx.period)) continue;
    const duties = ctx.role.responsibilities.filter((duty) => duty.cadence === group.cadence);
    if (duties.length === 0) continue;
    const needsSchedule = !['每日', '每周', '随时'].includes(group.cadence);
    const lines = duties.map((duty, index) => {
      const text = escapeMdx(duty.text).replace(/[。;;]$/, '');
      const standard = duty.standard ? `标准:${escapeMdx(duty.standard).replace(/[。;;]$/, '')}。` : '';
      if (review) return `${index + 1}. ${text}。${standard}履行情况:${fillTag('做法和结果,用数字说明')}`;
      return `${index + 1}. ${text}。${standard}${needsSchedule ? `本期安排:${fillTag('具体安排和完成时限')}` : ''}`.trimEnd();
    });
    parts.push({ title: group.title, lines });
  }
  return parts;
}

const INVOLVEMENT_WORDS = { owner: '负责组织', actor: '执行', participant: '参加' } as const;

function involvement(procedure: SnapshotProcedure, roleId: string): keyof typeof INVOLVEMENT_WORDS | undefined {
  if (procedure.owner === roleId) return 'owner';
  if (procedure.actors.includes(roleId)) return 'actor';
  if (procedure.participants.includes(roleId)) return 'participant';
  return undefined;
}

/** Dates lists longer than this are summarised (first and last date, count). */
const MAX_LISTED_DATES = 14;

const WEEKDAY_INDEX: Record<string, number> = { 周一: 1, 周二: 2, 周三: 3, 周四: 4, 周五: 5, 周六: 6, 周日: 7 };

/** What changes the dates of a scheduled procedure in a period. */
export interface OccurrenceOptions {
  /** Clock times to show instead of the schedule's; empty when the role's own step times are listed under the item. */
  times?: readonly string[] | undefined;
  /** Holidays move weekly and monthly dates; weekday-only daily schedules follow working days. */
  calendar?: HolidayCalendar | undefined;
}

/**
 * When a scheduled procedure happens inside the period, in words, or
 * undefined when it does not recur there. Weekly and monthly dates that fall
 * on a public holiday move to the next working day (which may be a make-up
 * working day); a daily schedule limited to weekdays counts working days.
 * A procedure that runs every day (opening the mall) is not adjusted.
 */
export function occurrencesText(procedure: SnapshotProcedure, period: ReportPeriod, options: OccurrenceOptions = {}): string | undefined {
  const { schedule } = procedure;
  const { calendar } = options;
  const days = datesBetween(period.start, period.end);
  const timeList = options.times ?? schedule.times;
  const times = timeList.length ? ` ${timeList.join('、')}` : '';
  const weekdays = schedule.weekdays.map((w) => WEEKDAY_INDEX[w]).filter((w): w is number => w !== undefined);
  const withYear = period.start.slice(0, 4) !== period.end.slice(0, 4);
  const listDates = (scheduled: string[], rule: string) => {
    const dates: MeetingDate[] = meetingDates(calendar, scheduled);
    if (dates.length === 0) return undefined;
    const moved = dates.filter((d) => d.movedFrom);
    if (dates.length > MAX_LISTED_DATES) {
      const movedText = moved.length ? `;遇法定节假日顺延:${moved.map((d) => meetingDateText(d, withYear)).join('、')}` : '';
      return `${rule}${times},本期共 ${dates.length} 次(${shortChineseDate(dates[0]!.date, withYear)}至${shortChineseDate(dates.at(-1)!.date, withYear)}${movedText})`;
    }
    const named = weekdays.length !== 1 && schedule.frequency === '每周';
    return `${rule}${times},本期 ${dates.length} 次:${dates.map((d) => meetingDateText(d, withYear) + (named && !d.movedFrom ? `(${weekdayName(d.date)})` : '')).join('、')}`;
  };
  switch (schedule.frequency) {
    case '每日': {
      const open = weekdays.length ? workingDates(calendar, days, weekdays) : days;
      if (open.length === 0) return undefined;
      const rule = weekdays.length ? `每${schedule.weekdays.join('、')}` : '每日';
      const plain = weekdays.length ? days.filter((d) => weekdays.includes(isoWeekday(d))).length : open.length;
      const adjusted = open.length !== plain ? '(已扣除法定节假日、计入调休上班日)' : '';
      return `${rule}${times},本期共 ${open.length} 天${adjusted}`;
    }
    case '每周': {
      if (weekdays.length === 0) {
        const weeks = Math.max(1, Math.round(days.length / 7));
        return `每周一次${times},本期约 ${weeks} 次`;
      }
      return listDates(days.filter((d) => weekdays.includes(isoWeekday(d))), `每${schedule.weekdays.join('、')}`);
    }
    case '每月': {
      if (period.unit === 'week') {
        const dates = days.filter((d) => schedule.daysOfMonth.includes(Number(d.slice(8, 10))));
        return listDates(dates, `每月${schedule.daysOfMonth.join('、')}日`);
      }
      if (schedule.daysOfMonth.length === 0) return `每月一次${times},本期 ${new Set(days.map((d) => d.slice(0, 7))).size} 次,日期${fillTag('具体日期')}`;
      return listDates(days.filter((d) => schedule.daysOfMonth.includes(Number(d.slice(8, 10)))), `每月${schedule.daysOfMonth.join('、')}日`);
    }
    case '每季':
    case '每半年':
    case '每年':
      return isDue(schedule.frequency, period) ? `${schedule.frequency}一次${times},本期日期${fillTag('具体日期')}` : undefined;
    default:
      return undefined;
  }
}

/** The role's steps as a nested list under a procedure item: `   - 本岗第3步(10:00):宣布开会……`. */
function stepLines(steps: MyProcedureSteps | undefined): string[] {
  return (steps?.steps ?? []).map((step) => {
    const when = stepWhen(step);
    return `   - 本岗${escapeMdx(stepLabel(step))}${when ? `(${escapeMdx(when)})` : ''}:${escapeMdx(step.action).replace(/[。;;]$/, '')}`;
  });
}

/** Scheduled procedures the role takes part in → dated items in the period. */
function proceduresPart(ctx: PrefillContext): PrefillPart[] {
  const items = ctx.handbook.procedures
    .map((procedure) => ({ procedure, how: involvement(procedure, ctx.role.id) }))
    .filter((item): item is { procedure: SnapshotProcedure; how: keyof typeof INVOLVEMENT_WORDS } => item.how !== undefined)
    .map((item) => {
      const steps = ctx.role.steps?.find((own) => own.id === item.procedure.id);
      // A role with its own steps works to their times (listed under the item), not to the procedure's.
      const times = steps?.steps.length ? [] : undefined;
      return { ...item, steps, when: occurrencesText(item.procedure, ctx.period, { times, calendar: ctx.calendar }) };
    })
    .filter((item) => item.when !== undefined)
    .sort((a, b) => Object.keys(INVOLVEMENT_WORDS).indexOf(a.how) - Object.keys(INVOLVEMENT_WORDS).indexOf(b.how));
  if (items.length === 0) return [];
  const lines = items.flatMap(({ procedure, how, when, steps }, index) => {
    const holidays = procedure.schedule.holidays ? `节假日:${escapeMdx(procedure.schedule.holidays).replace(/[。;;]$/, '')}。` : '';
    const done = ctx.mode === 'review' ? `执行情况:${fillTag('执行情况')}` : '';
    return [`${index + 1}. ${escapeMdx(procedure.title)}(${INVOLVEMENT_WORDS[how]}):${when}。${holidays}${done}`.trimEnd(), ...stepLines(steps)];
  });
  return [{ title: '例行会议和流程', lines }];
}

/** The plan's (or, without one, the role's) targets and tasks as completion tables. */
function completionPart(ctx: PrefillContext): PrefillPart[] {
  const header = (first: string) => [first, '实际', '完成情况'];
  const actual = () => fillTag('实际完成');
  const status = () => fillTag('完成情况:已完成/未完成及原因');
  let targetRows: string[][];
  let taskRows: string[][];
  if (ctx.plan) {
    targetRows = ctx.plan.targets.map((t) => [escapeCell(t.target ? `${t.name}:${t.target}` : t.name), actual(), status()]);
    taskRows = ctx.plan.tasks.map((task) => [escapeCell(task), actual(), status()]);
  } else {
    targetRows = ctx.role.kpis.map((kpi) => [escapeCell(`${kpi.name}:${kpi.target ?? kpi.standard}`), actual(), status()]);
    taskRows = ctx.role.responsibilities
      .filter((duty) => duty.cadence !== '随时' && isDue(duty.cadence, ctx.period))
      .map((duty) => [escapeCell(duty.text), actual(), status()]);
  }
  const parts: PrefillPart[] = [];
  if (targetRows.length) parts.push({ title: '目标完成情况', lines: table(header('目标'), targetRows) });
  if (taskRows.length) parts.push({ title: '重点工作完成情况', lines: table(header('工作任务'), taskRows) });
  return parts;
}

/** The prefilled parts of one kind. */
export function prefill(kind: PrefillKind, ctx: PrefillContext): PrefillPart[] {
  switch (kind) {
    case 'targets':
      return targetsPart(ctx);
    case 'tasks':
      return tasksPart(ctx);
    case 'procedures':
      return proceduresPart(ctx);
    case 'completion':
      return completionPart(ctx);
  }
}

// PERIOD_UNITS runs from the shortest period to the longest.
const unitRank = (unit: string) => (PERIOD_UNITS as readonly string[]).indexOf(unit);

/**
 * The plan that covers `period` for `roleId`, if one was written: a plan for
 * the period itself first, else the plan of the shortest longer period that
 * contains it (a monthly summary for 2026-05 uses the 2026-Q2 plan when no
 * May plan exists, then the half-year, then the annual plan). Among plans of
 * the same period a 工作计划 comes before the plan part of a 总结与计划, and an
 * approved one before a submitted one.
 */
export function findPlan(handbook: HandbookSnapshot, roleId: string, period: ReportPeriod): SnapshotPlan | undefined {
  const own = unitRank(period.unit);
  const rank = (plan: SnapshotPlan) => [
    unitRank(plan.covers.unit),
    plan.kind === '工作计划' ? 0 : 1,
    plan.status === 'approved' ? 0 : 1,
  ];
  return handbook.plans
    .filter((plan) => plan.role === roleId && unitRank(plan.covers.unit) >= own && plan.covers.start <= period.start && plan.covers.end >= period.end)
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
    })[0];
}

/** True when `plan` is for a longer period than `period` (a quarterly plan used for a month). */
export function isCoveringPlan(plan: SnapshotPlan, period: ReportPeriod): boolean {
  return plan.covers.unit !== period.unit;
}
