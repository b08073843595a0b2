import { describe, expect, it } from 'vitest';
import { auditTable, meetsGoal, summarize } from '../../../src/lib/bench/lighthouse-report.ts';

/** A Lighthouse result with just what summarize reads. */
function lhr(scores: Record<string, number>, failing: string[] = []) {
  const audit = (id: string, numericValue?: number) => [id, { title: `${id} title`, score: failing.includes(id) ? 0 : 1, scoreDisplayMode: 'binary', ...(numericValue !== undefined ? { numericValue } : {}) }];
  return {
    categories: {
      performance: { score: scores.performance!, auditRefs: [] },
      accessibility: { score: scores.accessibility!, auditRefs: [{ id: 'link-name', weight: 7 }, { id: 'color-contrast', weight: 7 }] },
      'best-practices': { score: scores['best-practices']!, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: { score: scores.seo!, auditRefs: [{ id: 'meta-description', weight: 1 }] },
    },
    audits: Object.fromEntries([
      audit('link-name'), audit('color-contrast'), audit('errors-in-console'), audit('meta-description'),
      audit('first-contentful-paint', 1012), audit('largest-contentful-paint', 1300), audit('total-blocking-time', 0),
      audit('cumulative-layout-shift', 0.071), audit('total-byte-weight', 16_000),
    ]),
  };
}

describe('summarize', () => {
  it('keeps the four scores out of 100, the load metrics and the failing audits', () => {
    const page = summarize('搜索', '/search/', lhr({ performance: 0.99, accessibility: 0.96, 'best-practices': 1, seo: 1 }, ['link-name']));
    expect(page.scores).toEqual({ performance: 99, accessibility: 96, 'best-practices': 100, seo: 100 });
    expect(page.metrics).toEqual({ fcpMs: 1012, lcpMs: 1300, tbtMs: 0, cls: 0.071, transferBytes: 16_000 });
    expect(page.failing).toEqual([{ id: 'link-name', title: 'link-name title', category: 'accessibility' }]);
    expect(meetsGoal(page)).toBe(false);
    expect(meetsGoal({ ...page, scores: { ...page.scores, accessibility: 100 } })).toBe(true);
    expect(meetsGoal({ ...page, scores: { ...page.scores, accessibility: 100, performance: 94 } })).toBe(false);
  });

  it('refuses a run Lighthouse could not complete', () => {
    expect(() => summarize('首页', '/', { ...lhr({ performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 }), runtimeError: { message: 'NO_FCP' } })).toThrow(/NO_FCP/);
    const missing = lhr({ performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 });
    (missing.categories.performance as { score: number | null }).score = null;
    expect(() => summarize('首页', '/', missing)).toThrow(/performance/);
  });
});

describe('auditTable', () => {
  it('prints one row per page', () => {
    const page = summarize('岗位', '/roles/x/', lhr({ performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 }));
    const [header, row] = auditTable([page]).split('\n');
    expect(header).toMatch(/^页面\s+路径\s+性能\s+无障碍\s+最佳做法\s+SEO\s+FCP\s+LCP\s+TBT\s+CLS\s+传输$/);
    expect(row).toMatch(/^岗位\s+\/roles\/x\/\s+100\s+100\s+100\s+100\s+1\.0 s\s+1\.3 s\s+0 ms\s+0\.071\s+15\.6 KB$/);
  });
});
