/**
 * Figures of `npm run bench:build`: one build's measurements, their median
 * over runs, the printed tables (per corpus size, ours against Starlight,
 * and growth from one size to the next) and the issue's goals checked
 * against the measured figures.
 */

/** What one build measured. */
export interface BuildFigures {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  pages: number;
  pagesPerSecond: number;
  distBytes: number;
  htmlGzipPerPage: number;
  /** JavaScript (gzip) a content page loads when it opens. */
  contentPageJsGzip: number;
}

export type Site = 'ours' | 'starlight';

export interface SizeResult {
  /** Generated entries (on top of the demo handbook). */
  generated: number;
  /** Entries in the corpus, demo included. */
  entries: number;
  runs: Partial<Record<Site, BuildFigures[]>>;
}

export const METRICS: { key: keyof BuildFigures; label: string; format: (n: number) => string }[] = [
  { key: 'wallSeconds', label: '构建时间 wall (s)', format: (n) => n.toFixed(1) },
  { key: 'cpuSeconds', label: 'CPU user+sys (s)', format: (n) => n.toFixed(1) },
  { key: 'peakRssBytes', label: '峰值内存 RSS (GB)', format: (n) => (n / 2 ** 30).toFixed(2) },
  { key: 'pages', label: '页面数 (HTML)', format: (n) => String(Math.round(n)) },
  { key: 'pagesPerSecond', label: '每秒页数', format: (n) => n.toFixed(1) },
  { key: 'distBytes', label: '输出大小 (MB)', format: (n) => (n / 2 ** 20).toFixed(1) },
  { key: 'htmlGzipPerPage', label: '每页 HTML gzip (KB)', format: (n) => (n / 1024).toFixed(2) },
  { key: 'contentPageJsGzip', label: '内容页 JS gzip (KB)', format: (n) => (n / 1024).toFixed(2) },
];

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median of each figure over the runs of one site (undefined without runs). */
export function medianFigures(runs: readonly BuildFigures[] | undefined): BuildFigures | undefined {
  if (!runs?.length) return undefined;
  return Object.fromEntries(METRICS.map(({ key }) => [key, median(runs.map((r) => r[key]))])) as unknown as BuildFigures;
}

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b !== undefined && b !== 0 ? (a / b).toFixed(2) : '—');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))) + 2);
  return [header, ...rows].map((row) => row.map((cell, i) => pad(cell, widths[i]!)).join('').trimEnd()).join('\n');
}
/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}
const pad = (text: string, to: number) => text + ' '.repeat(Math.max(0, to - width(text)));

/** The table of one corpus size: each figure for both sites and their ratio. */
export function sizeTable(result: SizeResult): string {
  const ours = medianFigures(result.runs.ours);
  const starlight = medianFigures(result.runs.starlight);
  const runs = Math.max(result.runs.ours?.length ?? 0, result.runs.starlight?.length ?? 0);
  const title = `N = ${result.generated.toLocaleString('en-US')} 个生成条目(语料共 ${result.entries.toLocaleString('en-US')} 个条目,含示例手册)${runs > 1 ? `,${runs} 次运行的中位数` : ''}`;
  const rows = METRICS.map(({ key, label, format }) => [
    label,
    ours ? format(ours[key]) : '—',
    starlight ? format(starlight[key]) : '—',
    ratio(ours?.[key], starlight?.[key]),
  ]);
  return `${title}\n${table(['指标', '本项目', 'Starlight', '本项目/Starlight'], rows)}`;
}

/** Growth of each figure from one size to the next, for both sites. */
export function growthTable(results: readonly SizeResult[]): string {
  if (results.length < 2) return '';
  const steps = results.slice(1).map((to, i) => ({ from: results[i]!, to }));
  const n = (r: SizeResult) => r.generated.toLocaleString('en-US');
  const header = ['增长(后/前)', ...steps.flatMap(({ from, to }) => [`${n(from)}→${n(to)} 本项目`, 'Starlight'])];
  const rows = METRICS.map(({ key, label }) => [
    label,
    ...steps.flatMap(({ from, to }) => (['ours', 'starlight'] as Site[]).map((site) => ratio(medianFigures(to.runs[site])?.[key], medianFigures(from.runs[site])?.[key]))),
  ]);
  const entries = ['条目数', ...steps.flatMap(({ from, to }) => [ratio(to.entries, from.entries), ratio(to.entries, from.entries)])];
  return table(header, [entries, ...rows]);
}

export interface GoalCheck {
  goal: string;
  measured: string;
  met: boolean;
}

const GB = 2 ** 30;

/** The issue's goals, checked against whatever sizes were measured (goals that need a missing size are left out). */
export function checkGoals(results: readonly SizeResult[]): GoalCheck[] {
  const at = (generated: number) => results.find((r) => r.generated === generated);
  const checks: GoalCheck[] = [];
  const r2 = at(2000);
  const r10 = at(10000);
  const ours2 = medianFigures(r2?.runs.ours);
  const ours10 = medianFigures(r10?.runs.ours);
  const star2 = medianFigures(r2?.runs.starlight);
  if (ours2 && star2) {
    const x = ours2.pagesPerSecond / star2.pagesPerSecond;
    checks.push({ goal: '2,000:每秒页数 ≥ 2 × Starlight(含搜索索引)', measured: `${ours2.pagesPerSecond.toFixed(1)} / ${star2.pagesPerSecond.toFixed(1)} = ${x.toFixed(2)}×`, met: x >= 2 });
  }
  if (ours2) {
    checks.push({ goal: '2,000:每页 HTML gzip ≤ 15 KB', measured: `${(ours2.htmlGzipPerPage / 1024).toFixed(2)} KB`, met: ours2.htmlGzipPerPage <= 15 * 1024 });
    checks.push({ goal: '2,000:峰值内存 ≤ 2 GB', measured: `${(ours2.peakRssBytes / GB).toFixed(2)} GB`, met: ours2.peakRssBytes <= 2 * GB });
  }
  if (ours2 && ours10) {
    const html = ours10.htmlGzipPerPage / ours2.htmlGzipPerPage;
    checks.push({ goal: '每页 HTML 不随 N 增长(10,000 / 2,000 在 ±10% 内)', measured: `${html.toFixed(3)}`, met: Math.abs(html - 1) <= 0.1 });
    const time = ours10.wallSeconds / ours2.wallSeconds;
    checks.push({ goal: '构建时间 10,000 / 2,000 ≤ 5.5', measured: `${ours10.wallSeconds.toFixed(1)} s / ${ours2.wallSeconds.toFixed(1)} s = ${time.toFixed(2)}`, met: time <= 5.5 });
  }
  if (ours10) checks.push({ goal: '10,000:峰值内存 ≤ 8 GB', measured: `${(ours10.peakRssBytes / GB).toFixed(2)} GB`, met: ours10.peakRssBytes <= 8 * GB });
  const anyOurs = ours2 ?? ours10 ?? medianFigures(results[0]?.runs.ours);
  if (anyOurs) checks.push({ goal: '内容页打开搜索前的 JS ≤ 5 KB gzip', measured: `${(anyOurs.contentPageJsGzip / 1024).toFixed(2)} KB`, met: anyOurs.contentPageJsGzip <= 5 * 1024 });
  return checks;
}

/** The goals as printed lines: ✔ or ✘, goal, measured figure. */
export function goalLines(checks: readonly GoalCheck[]): string {
  return checks.map((c) => `${c.met ? '✔' : '✘'} ${c.goal}:${c.measured}`).join('\n');
}
