/** What the printable books hold: a department's page, then its roles, procedures and policies in force. */
import type { CollectionEntry } from 'astro:content';
import { getHandbook } from './handbook.ts';
import { buildDate } from '../lib/handbook/build-date.ts';
import { isRetired } from '../lib/handbook/lifecycle.ts';

export type PrintItem =
  | { collection: 'departments'; entry: CollectionEntry<'departments'> }
  | { collection: 'roles'; entry: CollectionEntry<'roles'> }
  | { collection: 'procedures'; entry: CollectionEntry<'procedures'> }
  | { collection: 'policies'; entry: CollectionEntry<'policies'> };

/** The entries of a department's book, in print order: policies in force or about to take effect on the build date. */
export async function printItems(departmentId: string): Promise<PrintItem[]> {
  const handbook = await getHandbook();
  const department = handbook.department(departmentId);
  if (!department) return [];
  const contents = handbook.relations.departmentContents(departmentId);
  const today = buildDate();
  return [
    { collection: 'departments', entry: department },
    ...contents.roles.map((entry) => ({ collection: 'roles' as const, entry })),
    ...contents.procedures.map((entry) => ({ collection: 'procedures' as const, entry })),
    ...contents.policies.filter((p) => !isRetired(handbook.relations.policyLifecycle.stateOf(p.id, today))).map((entry) => ({ collection: 'policies' as const, entry })),
  ];
}

/** The department an item belongs to. */
export function departmentOf(item: PrintItem): string {
  return item.collection === 'departments' ? item.entry.id : item.entry.data.department;
}
