import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../../src/lib/content/check.ts';
import { directReports, proceduresOfRole, recentlyUpdated, reportingChain, successors, type HandbookData } from '../../../src/lib/handbook/relations.ts';
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
    expect(successors(handbook.policies).get('kaohe-old')).toBe('kaohe');
  });

  it('lists recent updates newest first', () => {
    expect(recentlyUpdated(handbook, 2).map((e) => e.id)).toEqual(['2026/jingli-2026-q3', 'kaohe-old']);
  });
});
