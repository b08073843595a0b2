import { describe, expect, it } from 'vitest';
import { reports } from '../../../src/lib/collections/reports.ts';
import { rankFlags } from '../../../src/lib/search/rank-flags.ts';

const page = (status: string, type = '制度') => ({ status, type });
const flags = (retired: boolean, report = false) => ({ retired, report });

describe('rankFlags', () => {
  it('flags pages not in force by their lifecycle state, not the raw status', () => {
    for (const state of ['replaced', 'repealed', 'archived', 'pending']) expect(rankFlags(page(state))).toEqual(flags(true));
    // A policy marked superseded whose successor is not yet in force is written as in-force: no flag.
    expect(rankFlags(page('in-force'))).toEqual(flags(false));
  });

  it('flags other kinds by their status', () => {
    expect(rankFlags(page('superseded', '岗位'))).toEqual(flags(true));
    expect(rankFlags(page('active', '岗位'))).toEqual(flags(false));
    expect(rankFlags(page('', '部门'))).toEqual(flags(false));
  });

  it('flags reports, and an archived report as both', () => {
    expect(rankFlags(page('approved', reports.labels.singular))).toEqual(flags(false, true));
    expect(rankFlags(page('archived', reports.labels.singular))).toEqual(flags(true, true));
  });
});
