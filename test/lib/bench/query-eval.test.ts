import { describe, expect, it } from 'vitest';
import { contentPathOfUrl, judgedFigures, judgedQueriesSchema, type JudgedOutcome } from '../../../src/lib/bench/query-eval.ts';

const q = (kind: string, best: string, relevant: string[] = [best]) => ({ q: 'x', kind, best, relevant });

describe('contentPathOfUrl', () => {
  it('maps page URLs to content paths under the base', () => {
    expect(contentPathOfUrl('/procedures/tuihuanhuo/')).toBe('procedures/tuihuanhuo');
    expect(contentPathOfUrl('http://127.0.0.1:4000/hb/reports/2026/a/', '/hb/')).toBe('reports/2026/a');
    expect(contentPathOfUrl('/other/x/', '/hb/')).toBeNull();
  });
});

describe('judgedFigures', () => {
  it('counts best-first, best-shown, any-shown, zero results and reciprocal rank per kind and overall', () => {
    const outcomes: JudgedOutcome[] = [
      { query: q('title', 'roles/a'), shown: ['roles/a', 'roles/b'] },
      { query: q('title', 'roles/b'), shown: ['roles/a', 'roles/b'] },
      { query: q('phrase', 'procedures/c', ['procedures/c', 'policies/d']), shown: ['roles/x', 'policies/d'] },
      { query: q('phrase', 'procedures/e'), shown: [] },
    ];
    const figures = judgedFigures(outcomes);
    expect(figures.title).toEqual({ queries: 2, bestFirst: 0.5, bestShown: 1, anyShown: 1, zero: 0, mrr: 0.75 });
    expect(figures.phrase).toEqual({ queries: 2, bestFirst: 0, bestShown: 0, anyShown: 0.5, zero: 0.5, mrr: 0.25 });
    expect(figures.all!.queries).toBe(4);
    expect(figures.all!.bestFirst).toBe(0.25);
  });
});

describe('judgedQueriesSchema', () => {
  it('refuses a query without answers', () => {
    expect(judgedQueriesSchema.safeParse({ queries: [{ q: '退货', kind: 'phrase', best: 'x', relevant: [] }] }).success).toBe(false);
  });
});
