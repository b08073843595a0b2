import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../../src/lib/content/check.ts';
import {
  deriveRelations, departmentContents, directReports, proceduresOfRole, recentlyUpdated, reportingChain, type HandbookData,
} from '../../../src/lib/handbook/relations.ts';
import { FIXTURE } from '../../support/fixture.ts';

const { entries } = checkHandbook(FIXTURE);
const of = (collection: string) => entries.filter((e) => e.collection === collection) as any[];
const handbook: HandbookData = {
  departments: of('departments'), roles: of('roles'), procedures: of('procedures'), policies: of('policies'), reports: of('reports'),
};

describe('relations', () => {
  it('walks the reporting chain and finds direct reports', () => {
    expect(reportingChain('zhuguan', handbook.roles).map((r) => r.id)).toEqual(['jingli']);
    expect(directReports('jingli', handbook.roles).map((r) => r.id).sort()).toEqual(['hk-zhuguan', 'zhuguan']);
  });

  it('derives how a role takes part in procedures', () => {
    expect(proceduresOfRole('jingli', handbook.procedures).map((p) => p.involvement)).toEqual(['负责']);
    expect(proceduresOfRole('zhuguan', handbook.procedures).map((p) => p.involvement)).toEqual(['执行']);
    expect(proceduresOfRole('hk-zhuguan', handbook.procedures)).toEqual([]);
  });

  it('maps superseded policies to their successors', () => {
    expect(deriveRelations(handbook).policyLifecycle.successorOf('kaohe-old')).toBe('kaohe');
    expect(deriveRelations(handbook).policyLifecycle.predecessorOf('kaohe')).toBe('kaohe-old');
  });

  it('lists recent updates newest first', () => {
    expect(recentlyUpdated(handbook, 2).map((e) => e.id)).toEqual(['2026/jingli-2026-q3', 'kaohe-old']);
  });
});

describe('derived relations', () => {
  // The demo handbook has cross-department reporting, procedures with several actors and a superseded policy.
  const demo = checkHandbook('content').entries;
  const pick = (collection: string) => demo.filter((e) => e.collection === collection) as any[];
  const book: HandbookData = { departments: pick('departments'), roles: pick('roles'), procedures: pick('procedures'), policies: pick('policies'), reports: pick('reports') };
  const derived = deriveRelations(book);
  const ids = (list: { id: string }[]) => list.map((e) => e.id);

  it('answer exactly as the functions that scan the whole handbook', () => {
    for (const role of book.roles) {
      expect(ids(derived.reportingChain(role.id)), role.id).toEqual(ids(reportingChain(role.id, book.roles)));
      expect(ids(derived.directReports(role.id)), role.id).toEqual(ids(directReports(role.id, book.roles)));
      expect(derived.proceduresOfRole(role.id).map((p) => [p.procedure.id, p.involvement]), role.id)
        .toEqual(proceduresOfRole(role.id, book.procedures).map((p) => [p.procedure.id, p.involvement]));
    }
    for (const department of [...book.departments, { id: 'no-such-department' }]) {
      const expected = departmentContents(department.id, book);
      const actual = derived.departmentContents(department.id);
      for (const key of ['roles', 'procedures', 'policies', 'reports', 'children'] as const) expect(ids(actual[key]), `${department.id} ${key}`).toEqual(ids(expected[key]));
    }
    const replaced = book.policies.filter((p) => p.data.status !== 'draft' && p.data.supersedes).map((p) => [p.data.supersedes, p.id]);
    expect(replaced.length).toBeGreaterThan(0);
    for (const [old, successor] of replaced) expect(derived.policyLifecycle.successorOf(old!)).toBe(successor);
  });

  it('computes each answer once', () => {
    const department = book.departments[0]!.id;
    expect(derived.departmentContents(department)).toBe(derived.departmentContents(department));
    expect(derived.proceduresOfRole('louceng-zhuguan')).toBe(derived.proceduresOfRole('louceng-zhuguan'));
    expect(derived.proceduresOfRole('louceng-zhuguan').length).toBeGreaterThan(1);
  });
});
