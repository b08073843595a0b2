/**
 * npm run eval:search — how the header search box answers what readers type,
 * judged against a list of queries with their right answers.
 *
 *   npm run eval:search -- [--queries test/fixtures/search/natural-queries.json] [--site <built site>] [--show]
 *
 * Without --site it builds the demo handbook into bench-out/eval-search/site first.
 * Each query is typed into the search box of the home page in headless
 * Chromium; the links of the dropdown, in order, are the shown results.
 * Prints, per kind of query: best answer first, best answer shown, any right
 * answer shown, nothing shown, and mean reciprocal rank. --show lists each
 * query with its first three results.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentPathOfUrl, judgedFigures, judgedQueriesSchema, type JudgedOutcome } from '../src/lib/bench/query-eval.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const { values: args } = parseArgs({
  options: {
    queries: { type: 'string', default: 'test/fixtures/search/natural-queries.json' },
    site: { type: 'string' },
    show: { type: 'boolean', default: false },
  },
});

let judged;
try {
  judged = judgedQueriesSchema.parse(JSON.parse(readFileSync(args.queries!, 'utf8')));
} catch (error) {
  console.error(`无法读取查询清单 ${args.queries}:${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

let siteDir = args.site ? resolve(args.site) : resolve('bench-out/eval-search/site');
if (!args.site) {
  console.log(`▶ 构建示例手册 → ${siteDir}`);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { env: { ...process.env, HANDBOOK_OUT_DIR: siteDir }, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serveStatic(siteDir);
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(server.url, { waitUntil: 'networkidle' });
console.log(`▶ 逐条输入 ${judged.queries.length} 个查询(页眉搜索框)`);
const outcomes: JudgedOutcome[] = [];
for (const query of judged.queries) {
  await page.fill('#site-search', '');
  await page.waitForTimeout(200);
  // Empty the list so that only this query's results can appear in it.
  await page.$eval('#site-search-results', (list) => { list.innerHTML = ''; });
  await page.fill('#site-search', query.q);
  // Results (or a note) appear after the box's debounce; wait until the list stops changing.
  await page.waitForSelector('#site-search-results:not([hidden]) li', { timeout: 15_000 }).catch(() => {});
  let last = '';
  for (let stable = 0; stable < 2; ) {
    await page.waitForTimeout(200);
    const html = await page.innerHTML('#site-search-results');
    stable = html === last ? stable + 1 : 0;
    last = html;
  }
  const hrefs = await page.$$eval('#site-search-results li[role="option"] a', (links) =>
    links.filter((a) => !a.closest('li')?.id.endsWith('-all')).map((a) => a.getAttribute('href') ?? ''),
  );
  const shown = hrefs.map((href) => contentPathOfUrl(href)).filter((path): path is string => path !== null);
  outcomes.push({ query, shown });
  if (args.show) console.log(`  ${query.q} → ${shown.slice(0, 3).join('  ') || '(无结果)'}${shown[0] === query.best ? '' : `   [应为 ${query.best}]`}`);
}
await browser.close();
await server.close();

const figures = judgedFigures(outcomes);
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log(`\n查询清单:${args.queries}${judged.note ? `(${judged.note})` : ''}`);
const rows = [['类别', '查询数', '最佳答案第一', '最佳答案在列表', '有正确答案', '无结果', 'MRR']];
for (const [kind, f] of Object.entries(figures)) rows.push([kind, String(f.queries), pct(f.bestFirst), pct(f.bestShown), pct(f.anyShown), pct(f.zero), f.mrr.toFixed(3)]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)) + 3);
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join(''));
