/**
 * Search in Chromium on the demo handbook: exact matching across scripts,
 * ranking, the search page (deep links, filters, paging, states) and the
 * header box (keyboard flow).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fullFoldTable } from '../../src/lib/search/fold-table.ts';
import { extractPageText } from '../../src/lib/search/page-text.ts';
import { parseQuery, searchableForm } from '../../src/lib/search/query.ts';
import { urlOfFile } from '../../src/lib/search/build-index.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const siteDir = inject('siteDir');
let browser: Browser;
let server: StaticServer;
let searchPage: Page;

/** Every searchable page of the build and its text as matching sees it. */
const table = fullFoldTable();
const corpus = (readdirSync(siteDir, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html'))
  .flatMap((file) => {
    const page = extractPageText(readFileSync(join(siteDir, file), 'utf8'));
    return page ? [{ url: urlOfFile(file, '/'), text: searchableForm(page.text, table) }] : [];
  });

function expected(query: string): string[] {
  const terms = parseQuery(query, table).map((t) => t.tokens.join(''));
  return corpus.filter((page) => terms.every((term) => page.text.includes(term))).map((p) => p.url).sort();
}

async function found(query: string, filters: Record<string, string> = {}): Promise<{ total: number; urls: string[]; fields: string[] }> {
  return searchPage.evaluate(async ([q, f]) => {
    const engine = await window.handbookSearch!.getSearchEngine();
    const outcome = await engine.search(q, f);
    const hits = await outcome.next(10_000);
    return { total: outcome.total, urls: hits.map((h) => h.url), fields: hits.map((h) => h.rank) };
  }, [query, filters] as const);
}

beforeAll(async () => {
  server = await serveStatic(siteDir);
  browser = await launchBrowser();
  searchPage = await browser.newPage();
  await searchPage.goto(`${server.url}search/`);
  await searchPage.waitForFunction(() => Boolean(window.handbookSearch));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('matching', () => {
  it('has a corpus to search', () => {
    expect(corpus.length).toBeGreaterThan(50);
  });

  it.each([
    ['a Simplified query finds a Traditional page', '营运经理', '/roles/hk-yingyun-jingli/'],
    ['a Traditional query finds a Simplified page', '總值班記錄', '/procedures/zongzhiban/'],
    ['a substring inside a longer word is found', '班记录', '/procedures/zongzhiban/'],
    ['punctuation and spaces in the text are ignored', '秩序安全', '/procedures/zongzhiban/'],
    ['mixed Latin and Chinese terms must all occur', 'KPI 权重', '/roles/yunying-jingli/'],
  ])('%s', async (_, query, url) => {
    const result = await found(query);
    expect(result.urls).toContain(url);
    expect(result.urls.sort()).toEqual(expected(query));
    expect(result.total).toBe(expected(query).length);
  });

  it('finds exactly the pages containing the query, for single characters and whole phrases', async () => {
    for (const query of ['闭', '值班', '考核办法', '商户 撤场', '營運', 'xyz不存在']) {
      expect((await found(query)).urls.sort(), query).toEqual(expected(query));
    }
  });

  it('ranks pages whose title contains the query first', async () => {
    const result = await found('总值班');
    expect(result.urls[0]).toBe('/procedures/zongzhiban/');
    expect(result.fields[0]).toBe('title');
    expect(result.fields.indexOf('title')).toBeLessThan(result.fields.lastIndexOf('body'));
  });

  it('filters by type and department', async () => {
    const policies = await found('考核', { type: '制度' });
    expect(policies.urls.length).toBeGreaterThan(0);
    expect(policies.urls.every((u) => u.startsWith('/policies/'))).toBe(true);
    const hk = await found('经理', { dept: '香港分店營運部' });
    expect(hk.urls.length).toBeGreaterThan(0);
    expect(hk.urls.every((u) => /hk-/.test(u))).toBe(true);
  });
});

describe('search page', () => {
  it('runs the query from ?q= and shows the count, results and filters', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('闭店')}&type=${encodeURIComponent('流程')}`);
    await page.waitForSelector('[data-results] li');
    expect(await page.inputValue('#search-query')).toBe('闭店');
    // 闭店 has synonyms (关门, 关店): the count says so.
    expect(await page.locator('[data-status]').textContent()).toMatch(/^找到 \d+ 个包含“闭店”或其同义词的页面\(已按筛选条件过滤\),其中 \d+ 个只含同义词。$/);
    expect(await page.locator('select[name="type"]').inputValue()).toBe('流程');
    const badges = await page.locator('[data-results] .badge').allTextContents();
    expect(badges.every((b) => b === '流程')).toBe(true);
    expect(await page.locator('[data-results] mark').first().textContent()).toBe('闭店');
    await page.close();
  });

  it('reaches every result with “more”', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('经理')}`);
    await page.waitForSelector('[data-results] li');
    const total = Number((await page.locator('[data-status]').textContent())!.match(/找到 (\d+) 个/)![1]);
    expect(total).toBeGreaterThan(10);
    while (await page.locator('[data-more]').isVisible()) {
      const shown = await page.locator('[data-results] li').count();
      await page.click('[data-more]');
      await page.waitForFunction((n) => document.querySelectorAll('[data-results] li').length > n, shown);
    }
    expect(await page.locator('[data-results] li').count()).toBe(total);
    await page.close();
  });

  it('shows tips without a query and advice when nothing is found', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    expect(await page.locator('[data-empty]').isVisible()).toBe(true);
    // No part of it occurs either (a query with parts that do gets their results instead, see search-ranking.test.ts).
    await page.fill('#search-query', '龘靐齉爩');
    await page.press('#search-query', 'Enter');
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('没有找到'));
    expect(await page.textContent('[data-status]')).toContain('可以试试更短的词');
    expect(await page.locator('[data-results] li').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('龘靐齉爩');
    await page.close();
  });

  it('shows a query with HTML in it as text', async () => {
    const page = await browser.newPage();
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    const query = '<img src=x onerror=alert(1)>值班';
    await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(await page.locator('[data-status]').textContent()).toContain(query);
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialog).toBe(false);
    await page.close();
  });

  it('says plainly that search needs JavaScript when it is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}search/?q=test`);
    expect(await page.locator('main').textContent()).toContain('搜索需要浏览器启用 JavaScript');
    await context.close();
  });
});

describe('header search box', () => {
  it('focuses with / and Ctrl+K, lists results, moves with arrows and opens with Enter', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}roles/yunying-jingli/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('總值班');
    await page.waitForSelector('#site-search-results [role="option"]');
    expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('true');
    // The best hit is active as soon as results appear; the arrows move from there.
    expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBe('search-option-0');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBe('search-option-1');
    await page.keyboard.press('ArrowUp');
    expect(await page.getAttribute('#search-option-0', 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/procedures/zongzhiban/');
    await page.close();
  });

  it('closes with Escape and offers all results on the search page', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.url}`);
    await page.click('#site-search');
    await page.keyboard.type('考核');
    await page.waitForSelector('#search-option-all');
    expect(await page.locator('#search-option-all').textContent()).toMatch(/查看全部 \d+ 个结果/);
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search-results').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.close();
  });
});
