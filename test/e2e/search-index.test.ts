/**
 * What the search index holds, in Chromium on the demo handbook: element
 * boundaries are hard separators (a phrase never runs across two cells,
 * badges, list items or a badge and a link), the meta values people search
 * by are indexed (author, role code, owner, dates as written) and the field
 * labels are not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { urlOfFile } from '../../src/lib/search/build-index.ts';
import { fullFoldTable } from '../../src/lib/search/fold-table.ts';
import { extractPageText } from '../../src/lib/search/page-text.ts';
import { parseQuery, searchableForm } from '../../src/lib/search/query.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const siteDir = inject('siteDir');
const table = fullFoldTable();
/** Every searchable page: its runs as matching sees them (one per line). */
const corpus = (readdirSync(siteDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html'))
  .flatMap((file) => {
    const page = extractPageText(readFileSync(join(siteDir, file), 'utf8'));
    return page ? [{ url: urlOfFile(file, '/'), runs: searchableForm(page.text, table) }] : [];
  });
const termsOf = (query: string) => parseQuery(query, table).map((t) => t.tokens.join(''));
/** Pages holding every term of `query` inside one run. */
const inOneRun = (query: string) => corpus.filter((p) => termsOf(query).every((t) => p.runs.includes(t))).map((p) => p.url).sort();
/** Pages holding the query only when runs are joined: what matching across elements found. */
const acrossRuns = (query: string) =>
  corpus.filter((p) => termsOf(query).some((t) => !p.runs.includes(t) && p.runs.replaceAll('\n', '').includes(t))).map((p) => p.url);

let browser: Browser;
let server: StaticServer;
let page: Page;

async function found(query: string): Promise<string[]> {
  return page.evaluate(async (q) => {
    const engine = await window.handbookSearch!.getSearchEngine();
    return (await (await engine.search(q)).pages()).sort();
  }, query);
}

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.url}search/`);
  await page.waitForFunction(() => Boolean(window.handbookSearch));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('element boundaries', () => {
  it.each(['与顾客', '指标权', '执行运营'])('“%s” finds only pages holding it inside one element', async (query) => {
    // The demo has pages where the query runs across elements (badge + link, two header cells, actor + action cell) …
    expect(acrossRuns(query).length).toBeGreaterThan(0);
    const urls = await found(query);
    // … and those are not found, while the pages holding it in one run are.
    expect(urls).toEqual(inOneRun(query));
    for (const url of acrossRuns(query)) expect(urls).not.toContain(url);
  });

  it('still ignores punctuation and spaces inside one text run', async () => {
    // 总值班 page: "秩序、安全" in one sentence.
    expect(await found('秩序安全')).toContain('/procedures/zongzhiban/');
  });
});

describe('meta fields', () => {
  it.each([
    ['an author’s name', '王敏', ['/reports/2026/yunying-jingli-2026-q3-zongjie/', '/reports/2026/yunying-jingli-2026-q4-jihua/']],
    ['a role code as written', 'YY-D-01', ['/roles/yunying-zongjian/']],
    ['an effective date as written', '2025年10月1日', ['/policies/hk-loumian-guanli/']],
    // 财务经理 names 人力资源经理 only as its owner (维护岗位).
    ['an owner (维护岗位) shown under the title', '人力资源经理', ['/roles/caiwu-jingli/']],
  ])('%s finds its pages', async (_, query, pages) => {
    const urls = await found(query);
    for (const url of pages) expect(urls).toContain(url);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls).toEqual(inOneRun(query));
  });

  it('a field label alone does not find every report', async () => {
    const reports = corpus.filter((p) => p.url.startsWith('/reports/') && p.url !== '/reports/').length;
    expect(reports).toBeGreaterThan(3);
    for (const label of ['撰写人', '维护岗位', '生效日期']) {
      const urls = await found(label);
      expect(urls.filter((u) => u.startsWith('/reports/')).length, label).toBeLessThan(reports);
      expect(urls, label).toEqual(inOneRun(label));
    }
  });
});
