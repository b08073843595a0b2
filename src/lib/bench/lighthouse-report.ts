/** Scores and key metrics out of Lighthouse reports (LHR JSON), as `npm run bench:lighthouse` prints them. */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

const METRIC_AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  bytes: 'total-byte-weight',
} as const;

/** What we keep of one Lighthouse run. */
export interface PageAudit {
  name: string;
  path: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; transferBytes: number };
  /** Audits that did not pass in the categories other than performance, with their titles. */
  failing: { id: string; title: string; category: Category }[];
}

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number }>;
  runtimeError?: { message: string };
}

/** Reads one Lighthouse result; throws when Lighthouse could not audit the page. */
export function summarize(name: string, path: string, lhr: Lhr): PageAudit {
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => {
    const score = lhr.categories[c]?.score;
    if (score === null || score === undefined) throw new Error(`Lighthouse gave no ${c} score for ${path}`);
    return [c, Math.round(score * 100)];
  })) as Record<Category, number>;
  const value = (key: keyof typeof METRIC_AUDITS) => lhr.audits[METRIC_AUDITS[key]]?.numericValue ?? NaN;
  const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((category) =>
    lhr.categories[category]!.auditRefs
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1)
      .map(({ ref, audit }) => ({ id: ref.id, title: audit!.title, category })),
  );
  return {
    name, path, scores, failing,
    metrics: { fcpMs: value('fcp'), lcpMs: value('lcp'), tbtMs: value('tbt'), cls: value('cls'), transferBytes: value('bytes') },
  };
}

/** The printed table: one row per page, the four scores, then load metrics. */
export function auditTable(pages: readonly PageAudit[]): string {
  const header = ['页面', '路径', '性能', '无障碍', '最佳做法', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', '传输'];
  const rows = pages.map((p) => [
    p.name, p.path, ...CATEGORIES.map((c) => String(p.scores[c])),
    `${(p.metrics.fcpMs / 1000).toFixed(1)} s`, `${(p.metrics.lcpMs / 1000).toFixed(1)} s`, `${Math.round(p.metrics.tbtMs)} ms`,
    p.metrics.cls.toFixed(3), `${(p.metrics.transferBytes / 1024).toFixed(1)} KB`,
  ]);
  const width = (t: string) => [...t].reduce((n, ch) => n + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))) + 2);
  return [header, ...rows].map((row) => row.map((cell, i) => cell + ' '.repeat(widths[i]! - width(cell))).join('').trimEnd()).join('\n');
}

/** The goal: 100 for accessibility, best practices and SEO, at least 95 for performance, on every page. */
export function meetsGoal(page: PageAudit): boolean {
  return page.scores.performance >= 95 && page.scores.accessibility === 100 && page.scores['best-practices'] === 100 && page.scores.seo === 100;
}
