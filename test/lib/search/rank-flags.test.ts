import { describe, expect, it } from 'vitest';
import { reports } from '../../../src/lib/collections/reports.ts';
import { rankFlags } from '../../../src/lib/search/rank-flags.ts';

const page = (status: string, type = '制度', lang = 'zh-CN') => ({ status, type, lang });

describe('rankFlags', () => {
  it('flags pages not in force by their lifecycle state, not the raw status', () => {
    for (const state of ['replaced', 'repealed', 'archived', 'pending']) expect(rankFlags(page(state))).toEqual(['retired']);
    // A policy marked superseded whose successor is not yet in force is written as in-force: no flag.
    expect(rankFlags(page('in-force'))).toEqual([]);
  });

  it('flags other kinds by their status', () => {
    expect(rankFlags(page('superseded', '岗位'))).toEqual(['retired']);
    expect(rankFlags(page('active', '岗位'))).toEqual([]);
    expect(rankFlags(page('', '部门'))).toEqual([]);
  });

  it('flags reports and pages outside the main language, and nothing else', () => {
    expect(rankFlags(page('approved', reports.labels.singular))).toEqual(['report']);
    expect(rankFlags(page('active', '岗位', 'zh-HK'))).toEqual(['lang:*', 'lang:zh-HK']);
  });
});
