import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { compareRank, isExactTitle, MATCH, type RankKey } from '../../../src/lib/search/rank.ts';

const key = (over: Partial<RankKey>): RankKey => ({
  match: MATCH.title, retired: false, synonym: false, report: false, foreign: false, start: 0, titleLength: 4, ...over,
});
const order = (keys: Record<string, RankKey>) => Object.entries(keys).sort(([, a], [, b]) => compareRank(a, b)).map(([name]) => name);

describe('compareRank', () => {
  it('puts an exact title before a title containing the query, before headings and body', () => {
    expect(order({ body: key({ match: MATCH.body }), title: key({ match: MATCH.title }), heading: key({ match: MATCH.headings }), exact: key({ match: MATCH.exactTitle }) }))
      .toEqual(['exact', 'title', 'heading', 'body']);
  });

  it('puts entries in force before retired ones at the same match, but not above a stronger match', () => {
    expect(order({ old: key({ retired: true }), current: key({}) })).toEqual(['current', 'old']);
    expect(order({ oldExact: key({ match: MATCH.exactTitle, retired: true }), body: key({ match: MATCH.body }) })).toEqual(['oldExact', 'body']);
  });

  it('puts handbook entries before reports, and the reader’s language first, at equal match', () => {
    expect(order({ report: key({ report: true }), entry: key({}) })).toEqual(['entry', 'report']);
    expect(order({ hk: key({ foreign: true }), mainland: key({}) })).toEqual(['mainland', 'hk']);
    // Kind outweighs language: a report in the reader's language after an entry of the other branch.
    expect(order({ report: key({ report: true }), hk: key({ foreign: true }) })).toEqual(['hk', 'report']);
  });

  it('puts the query as typed before a synonym match, then earlier matches and shorter titles first', () => {
    expect(order({ synonym: key({ synonym: true }), typed: key({}) })).toEqual(['typed', 'synonym']);
    expect(order({ late: key({ start: 5 }), early: key({ start: 1 }) })).toEqual(['early', 'late']);
    expect(order({ long: key({ titleLength: 12 }), short: key({ titleLength: 6 }) })).toEqual(['short', 'long']);
  });
});

describe('isExactTitle', () => {
  const table = fullFoldTable();
  it('compares titles as search sees them: script, width and punctuation folded', () => {
    expect(isExactTitle('運營總監', ['运营总监'], table)).toBe(true);
    expect(isExactTitle('运营总监2025年度述职报告', ['运营总监'], table)).toBe(false);
    expect(isExactTitle('KPI 考核', ['kpi考核'], table)).toBe(true);
    expect(isExactTitle('樓面主管', ['楼层主管', '楼面主管'], table)).toBe(true);
  });
});
