/**
 * The part of the handbook the scaffolder needs, as plain serialisable data:
 * roles (KPIs, duties), departments, scheduled procedures, and the targets
 * and tasks of written plans. The command line builds it from the checked
 * content files, the site from its collections at build time (served as
 * `/new/handbook.json`); both then hand the same data to `buildDraft`, so
 * both fronts write the same draft.
 */
import { myStepsOf, type MyProcedureSteps } from '../handbook/my-steps.ts';
import { procedureActors } from '../handbook/relations.ts';
import type { Department } from '../schemas/departments.ts';
import type { Procedure } from '../schemas/procedures.ts';
import type { Report } from '../schemas/reports.ts';
import type { Role } from '../schemas/roles.ts';
import { holidayCalendars } from './holiday-data.ts';
import type { HolidayCalendars } from './holidays.ts';
import { kindByName } from './kinds.ts';
import { nextPeriod, periodFromRange } from './periods.ts';
import { extractPlan, type PlanTarget } from './plan-extract.ts';

export interface SnapshotRole {
  id: string;
  title: string;
  department: string;
  level: string;
  lang: string;
  kpis: { name: string; weight?: number | undefined; cycle: string; standard: string; target?: string | undefined }[];
  responsibilities: { text: string; cadence: string; standard?: string | undefined }[];
  /** 我的步骤: the steps this role carries out in current procedures, with their times (see handbook/my-steps.ts). */
  steps?: MyProcedureSteps[] | undefined;
}

export interface SnapshotDepartment {
  id: string;
  name: string;
  head?: string | undefined;
  order: number;
  lang: string;
}

export interface SnapshotProcedure {
  id: string;
  title: string;
  owner: string;
  actors: string[];
  participants: string[];
  schedule: {
    frequency: string;
    times: string[];
    weekdays: string[];
    daysOfMonth: number[];
    holidays?: string | undefined;
  };
}

export interface SnapshotPlan {
  /** Id of the report the targets and tasks come from. */
  id: string;
  title: string;
  kind: string;
  role: string;
  /** submitted or approved (drafts are left out). */
  status: string;
  /** The period the plan is for (for 总结与计划: the period after its own). */
  covers: { unit: string; start: string; end: string };
  targets: PlanTarget[];
  tasks: string[];
}

export interface HandbookSnapshot {
  roles: SnapshotRole[];
  departments: SnapshotDepartment[];
  /** Procedures with a schedule only. */
  procedures: SnapshotProcedure[];
  plans: SnapshotPlan[];
  /** Ids of every report, to warn before a draft would replace one. */
  reportIds: string[];
  /** Public holidays and make-up working days by branch, for meeting dates; absent in hand-made snapshots. */
  calendars?: HolidayCalendars | undefined;
}

interface EntryLike<T> {
  id: string;
  data: T;
  body?: string | undefined;
}

export interface SnapshotSource {
  departments: readonly EntryLike<Department>[];
  roles: readonly EntryLike<Role>[];
  procedures: readonly EntryLike<Procedure>[];
  reports: readonly EntryLike<Report>[];
}

/** Entries that are not in force (drafts, superseded, archived) are left out of prefill. */
function current(data: { status?: string }): boolean {
  return data.status !== 'draft' && data.status !== 'superseded' && data.status !== 'archived';
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Builds the snapshot from loaded entries (checker entries or Astro collection entries). */
export function buildSnapshot(source: SnapshotSource): HandbookSnapshot {
  const inForce = source.procedures.filter((entry) => current(entry.data));
  const roles = source.roles
    .filter((entry) => current(entry.data))
    .map(({ id, data }): SnapshotRole => ({
      id,
      title: data.title,
      department: data.department,
      level: data.level,
      lang: data.lang ?? 'zh-CN',
      kpis: data.kpis.map((k) => ({ name: k.name, weight: k.weight, cycle: k.cycle, standard: k.standard, target: k.target })),
      responsibilities: data.responsibilities.map((r) => ({ text: r.text, cadence: r.cadence, standard: r.standard })),
      steps: myStepsOf(id, inForce),
    }))
    .sort(byId);
  const departments = source.departments
    .filter((entry) => current(entry.data))
    .map(({ id, data }): SnapshotDepartment => ({ id, name: data.name, head: data.head, order: data.order, lang: data.lang ?? 'zh-CN' }))
    .sort(byId);
  const procedures = source.procedures
    .filter((entry) => current(entry.data) && entry.data.schedule)
    .map(({ id, data }): SnapshotProcedure => ({
      id,
      title: data.title,
      owner: data.owner,
      actors: procedureActors(data),
      participants: data.participants,
      schedule: {
        frequency: data.schedule!.frequency,
        times: data.schedule!.times,
        weekdays: data.schedule!.weekdays,
        daysOfMonth: data.schedule!.daysOfMonth,
        holidays: data.schedule!.holidays,
      },
    }))
    .sort(byId);
  const plans: SnapshotPlan[] = [];
  for (const { id, data, body } of source.reports) {
    if (!current(data)) continue;
    const kind = kindByName(data.kind);
    if (kind?.flag !== 'plan' && kind?.flag !== 'combined') continue;
    let covers: SnapshotPlan['covers'] = { unit: data.period.unit, start: data.period.start, end: data.period.end };
    if (kind.flag === 'combined') {
      const own = periodFromRange(data.period);
      if (!own) continue;
      const next = nextPeriod(own);
      covers = { unit: next.unit, start: next.start, end: next.end };
    }
    const { targets, tasks } = extractPlan(body ?? '', { combined: kind.flag === 'combined' });
    if (targets.length === 0 && tasks.length === 0) continue;
    plans.push({ id, title: data.title, kind: kind.name, role: data.role, status: data.status, covers, targets, tasks });
  }
  plans.sort(byId);
  return { roles, departments, procedures, plans, reportIds: source.reports.map((r) => r.id).sort(), calendars: holidayCalendars() };
}
