/**
 * Relations derived from the handbook's entries: who reports to whom, which
 * procedures a role takes part in, what belongs to a department. Nothing here
 * is stored in content; deriving it keeps one source of truth.
 */
import type { Department } from '../schemas/departments.ts';
import type { Policy } from '../schemas/policies.ts';
import type { Procedure } from '../schemas/procedures.ts';
import type { Report } from '../schemas/reports.ts';
import type { Role } from '../schemas/roles.ts';
import { compareCodeUnits, compareZh } from './collate.ts';
import { levelRank } from './labels.ts';
import { lifecycleOf, type Lifecycle } from './lifecycle.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface HandbookData {
  departments: Entry<Department>[];
  roles: Entry<Role>[];
  procedures: Entry<Procedure>[];
  policies: Entry<Policy>[];
  reports: Entry<Report>[];
}

/** How a role is involved in a procedure, strongest first. */
export type Involvement = '负责' | '执行' | '参与';

export interface ProcedureInvolvement {
  procedure: Entry<Procedure>;
  involvement: Involvement;
}

/** Every role that acts in a procedure's steps or branches. */
export function procedureActors(procedure: Procedure): string[] {
  const steps = [...procedure.steps, ...procedure.branches.flatMap((branch) => branch.steps)];
  return [...new Set(steps.flatMap((step) => step.actors))];
}

/** Procedures a role owns, acts in, or takes part in, strongest involvement first. */
export function proceduresOfRole(roleId: string, procedures: readonly Entry<Procedure>[]): ProcedureInvolvement[] {
  const result: ProcedureInvolvement[] = [];
  for (const procedure of procedures) {
    const involvement: Involvement | undefined =
      procedure.data.owner === roleId
        ? '负责'
        : procedureActors(procedure.data).includes(roleId)
          ? '执行'
          : procedure.data.participants.includes(roleId)
            ? '参与'
            : undefined;
    if (involvement) result.push({ procedure, involvement });
  }
  const order: Involvement[] = ['负责', '执行', '参与'];
  return result.sort((a, b) => order.indexOf(a.involvement) - order.indexOf(b.involvement));
}

/** Roles sorted by level, then title. */
export function sortRoles<T extends Entry<Role>>(roles: readonly T[]): T[] {
  return [...roles].sort(
    (a, b) => levelRank(a.data.level) - levelRank(b.data.level) || compareZh(a.data.title, b.data.title),
  );
}

/** Departments in navigation order. */
export function sortDepartments<T extends Entry<Department>>(departments: readonly T[]): T[] {
  return [...departments].sort((a, b) => a.data.order - b.data.order || compareZh(a.data.name, b.data.name));
}

/** Chain of managers above a role, nearest first. Stops at a loop or a missing role. */
export function reportingChain(roleId: string, roles: readonly Entry<Role>[]): Entry<Role>[] {
  return chainIn(roleId, new Map(roles.map((role) => [role.id, role])));
}

function chainIn(roleId: string, byId: ReadonlyMap<string, Entry<Role>>): Entry<Role>[] {
  const chain: Entry<Role>[] = [];
  let next = byId.get(roleId)?.data.reportsTo;
  while (next && byId.has(next) && !chain.some((r) => r.id === next) && next !== roleId) {
    const manager = byId.get(next)!;
    chain.push(manager);
    next = manager.data.reportsTo;
  }
  return chain;
}

/** Roles that report directly to `roleId`. */
export function directReports(roleId: string, roles: readonly Entry<Role>[]): Entry<Role>[] {
  return sortRoles(roles.filter((role) => role.data.reportsTo === roleId));
}

/** What belongs to a department: its roles, procedures, policies, reports and child departments. */
export interface DepartmentContents<H extends HandbookData> {
  roles: H['roles'];
  procedures: H['procedures'];
  policies: H['policies'];
  reports: H['reports'];
  children: H['departments'];
}

/** Everything that belongs to a department, each list in display order (entry types are kept). */
export function departmentContents<H extends HandbookData>(departmentId: string, handbook: H): DepartmentContents<H> {
  const inDepartment = <E extends { data: { department: string } }>(entries: readonly E[]): E[] =>
    entries.filter((entry) => entry.data.department === departmentId);
  return {
    roles: sortRoles(inDepartment(handbook.roles)) as H['roles'],
    procedures: inDepartment(handbook.procedures).sort((a, b) => compareZh(a.data.title, b.data.title)) as H['procedures'],
    policies: inDepartment(handbook.policies).sort((a, b) => compareCodeUnits(b.data.effective, a.data.effective)) as H['policies'],
    reports: inDepartment(handbook.reports).sort((a, b) => compareCodeUnits(b.data.period.start, a.data.period.start)) as H['reports'],
    children: sortDepartments(handbook.departments.filter((d) => d.data.parent === departmentId)) as H['departments'],
  };
}

/** The most recently updated entries of any kind, newest first. */
export function recentlyUpdated(handbook: HandbookData, limit: number) {
  const all = [
    ...handbook.roles.map((e) => ({ collection: 'roles' as const, id: e.id, title: e.data.title, updated: e.data.updated })),
    ...handbook.procedures.map((e) => ({ collection: 'procedures' as const, id: e.id, title: e.data.title, updated: e.data.updated })),
    ...handbook.policies.map((e) => ({ collection: 'policies' as const, id: e.id, title: e.data.title, updated: e.data.updated })),
    ...handbook.reports.map((e) => ({ collection: 'reports' as const, id: e.id, title: e.data.title, updated: e.data.updated })),
  ];
  return all.sort((a, b) => compareCodeUnits(b.updated, a.updated) || compareZh(a.title, b.title)).slice(0, limit);
}

/**
 * The relations of one handbook, derived once and then looked up by page:
 * each lookup costs what its answer costs, not a pass over the handbook
 * (with thousands of entries, a pass per page makes the build quadratic).
 * Answers are the same as the functions above, and are shared: do not mutate them.
 */
export interface HandbookRelations<H extends HandbookData> {
  departmentContents(departmentId: string): DepartmentContents<H>;
  proceduresOfRole(roleId: string): ProcedureInvolvement[];
  reportingChain(roleId: string): Entry<Role>[];
  directReports(roleId: string): Entry<Role>[];
  /** Which policy version is in force on a date, and what replaces what (see lifecycle.ts). */
  policyLifecycle: Lifecycle;
}

/** Indexes `handbook` for the lookups of {@link HandbookRelations}; the entry lists must not change afterwards. */
export function deriveRelations<H extends HandbookData>(handbook: H): HandbookRelations<H> {
  const memo = <T>(compute: (id: string) => T) => {
    const cache = new Map<string, T>();
    return (id: string): T => {
      if (!cache.has(id)) cache.set(id, compute(id));
      return cache.get(id)!;
    };
  };
  const group = <E>(entries: readonly E[], keys: (entry: E) => Iterable<string>) => {
    const map = new Map<string, E[]>();
    for (const entry of entries) {
      for (const key of keys(entry)) {
        const list = map.get(key);
        if (list) list.push(entry);
        else map.set(key, [entry]);
      }
    }
    return map;
  };
  const empty: never[] = [];

  const byDepartment = {
    roles: group(handbook.roles, (e) => [e.data.department]),
    procedures: group(handbook.procedures, (e) => [e.data.department]),
    policies: group(handbook.policies, (e) => [e.data.department]),
    reports: group(handbook.reports, (e) => [e.data.department]),
    children: group(handbook.departments, (e) => (e.data.parent ? [e.data.parent] : [])),
  };
  // departmentContents over just the department's own entries gives the same lists, sorted the same way.
  const contentsOf = memo((id) =>
    departmentContents(id, {
      departments: byDepartment.children.get(id) ?? empty,
      roles: byDepartment.roles.get(id) ?? empty,
      procedures: byDepartment.procedures.get(id) ?? empty,
      policies: byDepartment.policies.get(id) ?? empty,
      reports: byDepartment.reports.get(id) ?? empty,
    } as unknown as H),
  );

  // A procedure is relevant to its owner, its actors and its participants: index it under each.
  const proceduresByRole = group(handbook.procedures, (p) => new Set([p.data.owner, ...procedureActors(p.data), ...p.data.participants]));
  const rolesById = new Map(handbook.roles.map((role) => [role.id, role]));
  const reportsByManager = group(handbook.roles, (role) => (role.data.reportsTo ? [role.data.reportsTo] : []));
  const policyLifecycle = lifecycleOf(handbook.policies.map(({ id, data }) => ({ id, status: data.status, effective: data.effective, supersedes: data.supersedes })));

  return {
    departmentContents: contentsOf,
    proceduresOfRole: memo((roleId) => proceduresOfRole(roleId, proceduresByRole.get(roleId) ?? empty)),
    reportingChain: memo((roleId) => chainIn(roleId, rolesById)),
    directReports: memo((roleId) => sortRoles(reportsByManager.get(roleId) ?? empty)),
    policyLifecycle,
  };
}
