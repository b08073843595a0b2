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
import { levelRank } from './labels.ts';

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
    (a, b) => levelRank(a.data.level) - levelRank(b.data.level) || a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
}

/** Departments in navigation order. */
export function sortDepartments<T extends Entry<Department>>(departments: readonly T[]): T[] {
  return [...departments].sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'zh-CN'));
}

/** Chain of managers above a role, nearest first. Stops at a loop or a missing role. */
export function reportingChain(roleId: string, roles: readonly Entry<Role>[]): Entry<Role>[] {
  const byId = new Map(roles.map((role) => [role.id, role]));
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

/** Policy ids mapped to the id of the policy that replaces them. */
export function successors(policies: readonly Entry<Policy>[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const policy of policies) if (policy.data.supersedes) map.set(policy.data.supersedes, policy.id);
  return map;
}

/** Everything that belongs to a department, each list in display order (entry types are kept). */
export function departmentContents<H extends HandbookData>(departmentId: string, handbook: H) {
  const inDepartment = <E extends { data: { department: string } }>(entries: readonly E[]): E[] =>
    entries.filter((entry) => entry.data.department === departmentId);
  return {
    roles: sortRoles(inDepartment(handbook.roles)) as H['roles'],
    procedures: inDepartment(handbook.procedures).sort((a, b) => a.data.title.localeCompare(b.data.title, 'zh-CN')) as H['procedures'],
    policies: inDepartment(handbook.policies).sort((a, b) => b.data.effective.localeCompare(a.data.effective)) as H['policies'],
    reports: inDepartment(handbook.reports).sort((a, b) => b.data.period.start.localeCompare(a.data.period.start)) as H['reports'],
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
  return all.sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'zh-CN')).slice(0, limit);
}
