import { describe, expect, it } from 'vitest';
import { exactTitleFirst } from '../../../src/lib/bench/search-metrics.ts';
import { titleQueries } from '../../../src/lib/bench/search-queries.ts';
import { createRandom } from '../../../src/lib/bench/random.ts';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';

describe('titleQueries', () => {
  it('takes distinct page titles, each with every page whose title is the same as search sees it', () => {
    const pages = [
      { url: '/a/', title: '运营经理', text: '', lang: 'zh-CN' },
      { url: '/b/', title: '運營經理', text: '', lang: 'zh-HK' },
      { url: '/c/', title: '总经理', text: '', lang: 'zh-CN' },
    ];
    const queries = titleQueries(pages, createRandom(1), 10, fullFoldTable());
    expect(queries.map((q) => q.query).sort()).toEqual(['总经理', '运营经理', '運營經理'].sort());
    expect(queries.find((q) => q.query === '運營經理')!.truth).toEqual(['/a/', '/b/']);
    expect(queries.find((q) => q.query === '总经理')!.truth).toEqual(['/c/']);
    expect(queries.every((q) => q.className === 'title')).toBe(true);
  });
});

describe('exactTitleFirst', () => {
  it('is the share of title queries whose first result has that exact title', () => {
    expect(exactTitleFirst([
      { query: '总经理', truth: ['/c/'], top: '/c/' },
      { query: '运营经理', truth: ['/a/', '/b/'], top: '/b/' },
      { query: '运营总监', truth: ['/d/'], top: '/report/' },
      { query: '楼层主管', truth: ['/e/'], top: undefined },
    ])).toBe(0.5);
    expect(exactTitleFirst([])).toBe(1);
  });
});
