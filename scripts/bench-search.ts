/**
 * npm run bench:search — measures this project's Chinese search against
 * Pagefind's defaults on the same pages, in the same run.
 *
 *   npm run bench:search -- [--pages 2000] [--per-class 60] [--out bench-out/search] [--seed N]
 *
 * 1. generates a handbook: the demo plus --pages generated entries (a quarter in Traditional script);
 * 2. builds it with this project (search index included) and indexes the same page texts with
 *    Pagefind's defaults (language taken from each page, default segmentation);
 * 3. derives queries (2/3/4-character substrings, frequent words, Simplified↔Traditional
 *    conversions, mixed Latin/Chinese, single characters) and their ground truth by substring match,
 *    and title queries (a page's full title: is a page with exactly that title ranked first?);
 * 4. runs every query in headless Chromium against both, and measures the bytes a first query
 *    transfers and the time to results: to the ranked list (titles, kinds, departments: what the
 *    search box and page show first; Pagefind: its search() answer) and to the first ten
 *    excerpts too (Pagefind: search() and data() of ten results).
 * Prints a table and writes <out>/results.json.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { generateHandbook } from '../src/lib/bench/generate-handbook.ts';
import { precompress } from '../src/lib/bench/precompress.ts';
import { createRandom } from '../src/lib/bench/random.ts';
import { deriveQueries, foldCorpus, groundTruth, titleQueries, type CorpusPage } from '../src/lib/bench/search-queries.ts';
import { bytesByKind, type FetchedFile } from '../src/lib/bench/search-bytes.ts';
import { exactTitleFirst, median, metricsByClass, percentile, type QueryOutcome, type TitleOutcome } from '../src/lib/bench/search-metrics.ts';
import { urlOfFile } from '../src/lib/search/build-index.ts';
import { fullFoldTable } from '../src/lib/search/fold-table.ts';
import { extractPageText } from '../src/lib/search/page-text.ts';
import { escapeHtml } from '../src/lib/search/record-text.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '2000' },
    'per-class': { type: 'string', default: '60' },
    out: { type: 'string', default: 'bench-out/search' },
    seed: { type: 'string', default: '7' },
  },
});
const count = Number(args.pages);
const perClass = Number(args['per-class']);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(perClass) || perClass < 1) {
  console.error('用法:npm run bench:search -- [--pages 2000] [--per-class 60] [--out 目录]');
  process.exit(2);
}
const out = resolve(args.out!);
const contentDir = join(out, 'content');
const siteDir = join(out, 'site');
const step = (text: string) => console.log(`\n▶ ${text}`);

step(`生成语料:示例手册 + ${count} 个生成条目 → ${contentDir}`);
const generated = generateHandbook({ sourceDir: 'content', outDir: contentDir, count });
console.log(`  ${JSON.stringify(generated.byCollection)}`);

step('构建站点(含本项目的搜索索引)');
let started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  env: { ...process.env, HANDBOOK_CONTENT_DIR: contentDir, HANDBOOK_OUT_DIR: siteDir },
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (build.status !== 0) {
  console.error(build.stdout);
  process.exit(1);
}
const buildSeconds = (performance.now() - started) / 1000;
const indexLine = build.stdout.split('\n').find((l) => l.includes('搜索索引完成'));
console.log(`  构建用时 ${buildSeconds.toFixed(1)} s;${indexLine?.replace(/.*\] /, '') ?? ''}`);

step('读取页面文本,建立 Pagefind 默认索引(同样的页面文本)');
const pages: (CorpusPage & { title: string })[] = [];
for (const file of (readdirSync(siteDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))) {
  const page = extractPageText(readFileSync(join(siteDir, file), 'utf8'));
  if (page) pages.push({ url: urlOfFile(file, '/'), text: page.text, lang: page.lang, title: page.title });
}
started = performance.now();
const { index } = await pagefind.createIndex({});
for (const page of pages) {
  const paragraphs = page.text.split('\n').map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  await index!.addHTMLFile({ url: page.url, content: `<!doctype html><html lang="${page.lang}"><head><title>${escapeHtml(page.title)}</title></head><body>${paragraphs}</body></html>` });
}
await index!.writeFiles({ outputPath: join(siteDir, 'pagefind-default') });
await pagefind.close();
const defaultIndexSeconds = (performance.now() - started) / 1000;
console.log(`  ${pages.length} 个页面,默认索引用时 ${defaultIndexSeconds.toFixed(1)} s`);
precompress(siteDir);

step('生成查询与标准答案');
const table = fullFoldTable();
const folded = foldCorpus(pages, table);
const queries = deriveQueries(pages, createRandom(Number(args.seed)), perClass).map((q) => ({ ...q, truth: groundTruth(q.query, folded, table) }));
const titles = titleQueries(pages, createRandom(Number(args.seed) + 1), perClass, table);
console.log(`  ${queries.length} 个查询,另有 ${titles.length} 个标题查询`);

const server = await serveStatic(siteDir, '/', { gzip: true });
const browser = await launchBrowser();

/**
 * Bytes transferred (compressed body + headers) by every request of the
 * page's context — its workers included — while `action` runs.
 */
async function bytesDuring(page: Page, action: () => Promise<unknown>): Promise<{ bytes: number; requests: number; files: FetchedFile[] }> {
  const fetched: Promise<FetchedFile>[] = [];
  const listener = (request: import('playwright-core').Request) => {
    const path = new URL(request.url()).pathname;
    fetched.push(request.sizes().then((s) => ({ path, bytes: s.responseBodySize + s.responseHeadersSize })));
  };
  page.context().on('requestfinished', listener);
  await action();
  await page.waitForTimeout(300);
  page.context().off('requestfinished', listener);
  const files = await Promise.all(fetched);
  return { bytes: files.reduce((sum, f) => sum + f.bytes, 0), requests: files.length, files };
}

/** Results the header box shows (search-box.ts MAX_HITS); the default Pagefind loads as many. */
const HEADER_HITS = 6;

step('首次查询传输量(冷缓存,gzip;每个查询都用全新的浏览器上下文)');
/**
 * A cold first query from a content page that has finished loading: ours
 * through the header box (typing to results shown), Pagefind's defaults
 * through its API (loading it, searching, and the data of as many results).
 */
async function coldQuery(query: string, engine: 'ours' | 'pagefind-default') {
  // Service workers blocked: the offline copy's precache (the whole site) would otherwise land in the first query's bytes.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.url}roles/yunying-jingli/`, { waitUntil: 'networkidle' });
  const result = await bytesDuring(page, async () => {
    if (engine === 'ours') {
      await page.click('#site-search');
      await page.keyboard.type(query);
      await page.waitForSelector('#search-option-all, #site-search-results .search-note');
      // Excerpts arrive after the list: their files count too.
      await page.waitForFunction(() => !document.querySelector('#site-search-results [aria-busy]'));
      return;
    }
    await page.evaluate(async ({ term, hits }) => {
      const bundle: string = '/pagefind-default/pagefind.js';
      const pagefindDefault = await import(/* @vite-ignore */ bundle);
      const response = await pagefindDefault.search(term);
      await Promise.all(response.results.slice(0, hits).map((r: { data(): Promise<unknown> }) => r.data()));
    }, { term: query, hits: HEADER_HITS });
  });
  await context.close();
  return { query, ...result };
}
const firstQueries = ['substring-2', 'substring-3', 'frequent-word', 'cross-script', 'mixed-latin', 'single-char']
  .flatMap((c) => queries.filter((q) => q.className === c && q.truth.length > 0).slice(0, 3))
  .map((q) => q.query);
const cold: Record<'ours' | 'pagefind-default', Awaited<ReturnType<typeof coldQuery>>[]> = { ours: [], 'pagefind-default': [] };
for (const query of firstQueries) {
  cold.ours.push(await coldQuery(query, 'ours'));
  cold['pagefind-default'].push(await coldQuery(query, 'pagefind-default'));
}
const summarise = (list: Awaited<ReturnType<typeof coldQuery>>[]) => {
  const bytes = list.map((q) => q.bytes);
  const worst = list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    medianBytes: median(bytes),
    maxBytes: Math.max(...bytes),
    worst: { query: worst.query, byKind: bytesByKind(worst.files) },
    queries: list.map(({ query, bytes, requests }) => ({ query, bytes, requests })),
  };
};
const dropdown = summarise(cold.ours);
const dropdownDefault = summarise(cold['pagefind-default']);
const searchPage = await (async () => {
  // Service workers blocked: the offline copy's precache (the whole site) would otherwise land in the first query's bytes.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const result = await bytesDuring(page, async () => {
    await page.goto(`${server.url}search/?q=${encodeURIComponent(firstQueries[0]!)}`);
    await page.waitForSelector('[data-results] li');
  });
  await context.close();
  return result;
})();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const firstQueryLine = () =>
  `页眉搜索框冷查询(${firstQueries.length} 个):本项目 中位数 ${kb(dropdown.medianBytes)},最大 ${kb(dropdown.maxBytes)};` +
  `Pagefind 默认 中位数 ${kb(dropdownDefault.medianBytes)},最大 ${kb(dropdownDefault.maxBytes)};` +
  `本项目/默认 中位数 ${ratio(dropdown.medianBytes, dropdownDefault.medianBytes)},最大 ${ratio(dropdown.maxBytes, dropdownDefault.maxBytes)}`;
const kindLine = (s: ReturnType<typeof summarise>) => `「${s.worst.query}」${kb(s.queries.find((q) => q.query === s.worst.query)!.bytes)} = ${s.worst.byKind.map((k) => `${k.kind} ${kb(k.bytes)}${k.files > 1 ? ` ×${k.files}` : ''}`).join(' + ')}`;
console.log(`  ${firstQueryLine()}`);
console.log(`  最大的一次 本项目:${kindLine(dropdown)}`);
console.log(`  最大的一次 默认:${kindLine(dropdownDefault)}`);
console.log(`  搜索页(含页面本身,?q=${firstQueries[0]} 到出现 10 条结果):${kb(searchPage.bytes)},${searchPage.requests} 个请求`);

step('逐条运行查询');
const page = await browser.newPage();
await page.goto(`${server.url}search/`);
await page.waitForFunction(() => Boolean(window.handbookSearch));
await page.evaluate(async () => {
  const w = window as unknown as Record<string, unknown>;
  const defaultBundle: string = '/pagefind-default/pagefind.js';
  w.defaultPagefind = await import(/* @vite-ignore */ defaultBundle);
  w.ours = await window.handbookSearch!.getSearchEngine();
});
type Engine = 'ours' | 'pagefind-default' | 'pagefind-default-quoted';
const outcomes: Record<Engine, QueryOutcome[]> = { ours: [], 'pagefind-default': [], 'pagefind-default-quoted': [] };
/** Per query, ms to the ranked list and ms to the list with its first ten excerpts. */
const timings: Record<'ours' | 'pagefind-default', { list: number[]; excerpts: number[] }> = { ours: { list: [], excerpts: [] }, 'pagefind-default': { list: [], excerpts: [] } };
for (const [i, q] of queries.entries()) {
  const result = await page.evaluate(async (query) => {
    const w = window as unknown as Record<string, any>;
    const t = performance.now();
    const outcome = await w.ours.search(query);
    const hits = outcome.next(10);
    const oursList = performance.now() - t;
    await Promise.all(hits.map((hit: any) => hit.excerpt()));
    const oursExcerpts = performance.now() - t;
    const oursPages: string[] = outcome.pages();
    const runDefault = async (term: string) => {
      const t0 = performance.now();
      const response = await w.defaultPagefind.search(term);
      const list = performance.now() - t0;
      await Promise.all(response.results.slice(0, 10).map((r: any) => r.data()));
      const excerpts = performance.now() - t0;
      const urls = (await Promise.all(response.results.map((r: any) => r.data()))).map((d: any) => d.url);
      return { list, excerpts, urls };
    };
    const plain = await runDefault(query);
    const quoted = await runDefault(`"${query}"`);
    return { oursList, oursExcerpts, oursPages, plain, quoted };
  }, q.query);
  outcomes.ours.push({ className: q.className, query: q.query, truth: q.truth, found: result.oursPages });
  outcomes['pagefind-default'].push({ className: q.className, truth: q.truth, found: result.plain.urls });
  outcomes['pagefind-default-quoted'].push({ className: q.className, truth: q.truth, found: result.quoted.urls });
  timings.ours.list.push(result.oursList);
  timings.ours.excerpts.push(result.oursExcerpts);
  timings['pagefind-default'].list.push(result.plain.list);
  timings['pagefind-default'].excerpts.push(result.plain.excerpts);
  if ((i + 1) % 100 === 0) console.log(`  ${i + 1}/${queries.length}`);
}

// Ranking: each title query as the search box runs it (synonyms on, a mainland reader on a Simplified page).
const titleOutcomes: TitleOutcome[] = [];
for (const q of titles) {
  const top = await page.evaluate(async (query) => {
    const w = window as unknown as Record<string, any>;
    const outcome = await w.ours.search(query, {}, { synonyms: true });
    return (outcome.next(1)[0]?.url as string | undefined) ?? null;
  }, q.query);
  titleOutcomes.push({ query: q.query, truth: q.truth, top: top ?? undefined });
}
const titleFirst = exactTitleFirst(titleOutcomes);
await browser.close();
await server.close();

const metrics = Object.fromEntries(Object.entries(outcomes).map(([engine, list]) => [engine, metricsByClass(list)])) as Record<Engine, ReturnType<typeof metricsByClass>>;
const fmt = (n: number) => n.toFixed(3);
const classes = Object.keys(metrics.ours);
console.log(`\n搜索准确度(${pages.length} 个页面,${queries.length} 个查询;R=召回率 P=精确率 Z=零结果率)`);
const header = ['查询类别', '查询数', '本项目 R', 'P', 'Z', '默认 R', 'P', 'Z', '默认加引号 R', 'P', 'Z'];
const rows = classes.map((c) => [
  c, String(metrics.ours[c]!.queries),
  ...(['ours', 'pagefind-default', 'pagefind-default-quoted'] as Engine[]).flatMap((e) => [fmt(metrics[e][c]!.recall), fmt(metrics[e][c]!.precision), fmt(metrics[e][c]!.zeroResultRate)]),
]);
const widths = header.map((h, i) => Math.max(h.length + 2, ...rows.map((r) => r[i]!.length + 1)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join(''));

const figures = (list: number[]) => ({ medianMs: median(list), p90Ms: percentile(list, 90) });
const timing = {
  ours: { list: figures(timings.ours.list), excerpts: figures(timings.ours.excerpts) },
  'pagefind-default': { list: figures(timings['pagefind-default'].list), excerpts: figures(timings['pagefind-default'].excerpts) },
};
const timeLine = (label: string, key: 'list' | 'excerpts') => {
  const ours = timing.ours[key];
  const pagefindDefault = timing['pagefind-default'][key];
  return `${label}:本项目 中位数 ${ours.medianMs.toFixed(1)} ms,P90 ${ours.p90Ms.toFixed(1)} ms;默认 中位数 ${pagefindDefault.medianMs.toFixed(1)} ms,P90 ${pagefindDefault.p90Ms.toFixed(1)} ms;本项目/默认 中位数 ${ratio(ours.medianMs, pagefindDefault.medianMs)}`;
};
console.log(`\n出结果时间(搜索代码已加载,${queries.length} 个查询;目标中位数 ≤ 25 ms)`);
console.log(`  ${timeLine('到排好序的结果列表(标题、类型、部门;默认 = search())', 'list')}`);
console.log(`  ${timeLine('到列表及前 10 条摘要(默认 = search() + 10 个 data())', 'excerpts')}`);
console.log(`首次查询传输量(gzip):${firstQueryLine()};搜索页含页面 ${kb(searchPage.bytes)}`);
console.log(`构建:${buildSeconds.toFixed(1)} s(本项目,含索引);默认 Pagefind 索引 ${defaultIndexSeconds.toFixed(1)} s`);
const titleMisses = titleOutcomes.filter((o) => o.top === undefined || !o.truth.includes(o.top));
console.log(`排序:标题查询 ${titleOutcomes.length} 个,标题完全相同的页面排第一 ${(titleFirst * 100).toFixed(1)} %(目标 100 %)`);
for (const miss of titleMisses.slice(0, 5)) console.log(`  未排第一:“${miss.query}” → 第一条 ${miss.top ?? '(无结果)'},应为 ${miss.truth.join(' 或 ')}`);

const report = {
  date: new Date().toISOString(),
  corpus: { pages: pages.length, generated: generated.byCollection, traditionalPages: pages.filter((p) => p.lang !== 'zh-CN').length },
  queries: queries.length,
  metrics,
  ranking: { titleQueries: titleOutcomes.length, exactTitleFirst: titleFirst, misses: titleMisses.slice(0, 20) },
  timing,
  firstQueryBytes: { headerBox: dropdown, headerBoxPagefindDefault: dropdownDefault, searchPage: { bytes: searchPage.bytes, requests: searchPage.requests, files: searchPage.files } },
  build: { seconds: buildSeconds, indexLine, defaultIndexSeconds },
  misses: outcomes.ours.filter((o) => o.truth.length !== o.found.length || o.found.some((u) => !o.truth.includes(u))).slice(0, 20),
};
writeFileSync(join(out, 'results.json'), JSON.stringify(report, null, 2));
console.log(`\n结果已写入 ${join(args.out!, 'results.json')}`);
