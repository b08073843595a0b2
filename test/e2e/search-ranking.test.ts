/**
 * Search ranking and the search UIs on the demo handbook, in Chromium:
 * rank rules with real queries, highlighted excerpts, facet counts, the
 * header box (first result active, no jump, fallback, synonyms) and no
 * index download for a query without text. Screenshots go to
 * test-results/search-ranking/.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { urlOfFile } from '../../src/lib/search/build-index.ts';
import { fullFoldTable } from '../../src/lib/search/fold-table.ts';
import { extractPageText } from '../../src/lib/search/page-text.ts';
import { parseQuery, searchableForm } from '../../src/lib/search/query.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();
const shots = 'test-results/search-ranking';
mkdirSync(shots, { recursive: true });

const table = fullFoldTable();
const corpus = (readdirSync(inject('siteDir'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.html'))
  .flatMap((file) => {
    const page = extractPageText(readFileSync(join(inject('siteDir'), file), 'utf8'));
    return page ? [{ url: urlOfFile(file, '/'), text: searchableForm(page.text, table), type: page.type, dept: page.department }] : [];
  });

/** Pages holding every term of `query` (a query without synonyms, so the literal match is the truth). */
function containing(query: string) {
  const terms = parseQuery(query, table).map((t) => t.tokens.join(''));
  return corpus.filter((page) => terms.every((term) => page.text.includes(term)));
}

interface Hit { url: string; title: string; rank: string; excerptHtml: string; titleHtml: string }

let searchPage: Page;
beforeAll(async () => {
  searchPage = await site.browser.newPage();
  await searchPage.goto(`${site.server.url}search/`);
  await searchPage.waitForFunction(() => Boolean(window.handbookSearch));
});

/** Ranked hits as the UIs ask for them (synonyms on), for a reader of `readerLang`. */
async function ranked(query: string, readerLang = 'zh-CN'): Promise<Hit[]> {
  return searchPage.evaluate(async ([q, lang]) => {
    const engine = await window.handbookSearch!.getSearchEngine();
    const outcome = await engine.search(q, {}, { synonyms: true, readerLang: lang });
    return Promise.all(outcome.next(1000).map(async (hit) => ({ url: hit.url, title: hit.title, rank: hit.rank, excerptHtml: await hit.excerpt(), titleHtml: hit.titleHtml })));
  }, [query, readerLang] as const);
}

const indexOf = (hits: Hit[], url: string) => {
  const i = hits.findIndex((h) => h.url === url);
  expect(i, `${url} in results`).toBeGreaterThanOrEqual(0);
  return i;
};

describe('ranking', () => {
  it.each([
    ['运营总监', '/roles/yunying-zongjian/', '/reports/2025/yunying-zongjian-2025-shuzhi/'],
    ['总经理', '/roles/zongjingli/', '/departments/zongban/'],
    ['楼层主管', '/roles/louceng-zhuguan/', '/reports/2026/louceng-zhuguan-2026-h1-zongjie/'],
    ['运营经理', '/roles/yunying-jingli/', '/roles/hk-yingyun-jingli/'],
    ['运营部绩效考核办法', '/policies/yunying-kaohe-banfa/', '/policies/yunying-kaohe-banfa-2024/'],
  ])('an exact title ranks first: “%s” → %s above %s', async (query, first, below) => {
    const hits = await ranked(query);
    expect(hits[0]!.url).toBe(first);
    expect(indexOf(hits, below)).toBeGreaterThan(0);
  });

  it('puts the entry in force above the superseded one when neither title is exact', async () => {
    const hits = await ranked('绩效考核办法');
    expect(hits[0]!.url).toBe('/policies/yunying-kaohe-banfa/');
    expect(indexOf(hits, '/policies/yunying-kaohe-banfa-2024/')).toBeGreaterThan(0);
    // In the body the superseded version has 得分折算 earlier (position would rank it first); status wins.
    const body = await ranked('得分折算');
    const current = indexOf(body, '/policies/yunying-kaohe-banfa/');
    const old = indexOf(body, '/policies/yunying-kaohe-banfa-2024/');
    expect([body[current]!.rank, body[old]!.rank]).toEqual(['body', 'body']);
    expect(current).toBeLessThan(old);
  });

  it('puts handbook entries above reports at an equal (title) match', async () => {
    const hits = await ranked('运营部');
    expect(hits[0]!.url).toBe('/departments/yunying/'); // exact title
    const policy = indexOf(hits, '/policies/yunying-kaohe-banfa/');
    expect(policy).toBeLessThan(indexOf(hits, '/reports/2026/yunying-jingli-2026-q3-zongjie/'));
    expect(policy).toBeLessThan(indexOf(hits, '/reports/2026/yunying-jingli-2026-q4-jihua/'));
    expect(hits.slice(0, policy + 1).every((h) => h.rank === 'title')).toBe(true);
  });

  it('puts the reader’s own branch first at an equal match', async () => {
    const mainland = await ranked('主管', 'zh-CN');
    const hk = await ranked('主管', 'zh-HK');
    // The same title hits (主管 at the same place in 楼层主管, 樓面主管, 客服主管 …), ordered by the reader's language.
    expect(mainland[0]!.url).not.toBe('/roles/hk-louceng-zhuguan/');
    expect(indexOf(mainland, '/roles/hk-louceng-zhuguan/')).toBeGreaterThan(indexOf(mainland, '/roles/louceng-zhuguan/'));
    expect(hk[0]!.url).toBe('/roles/hk-louceng-zhuguan/');
    expect(indexOf(hk, '/roles/hk-louceng-zhuguan/')).toBeLessThan(indexOf(hk, '/roles/louceng-zhuguan/'));
  });

  it('shows every excerpt around a hit, highlighted — the top (title) result included', async () => {
    for (const query of ['运营总监', '总经理', '闭店', '运营部绩效考核办法']) {
      const hits = await ranked(query);
      expect(hits[0]!.rank, query).toBe('title');
      for (const hit of hits) expect(hit.excerptHtml, `${query}: ${hit.url}`).toMatch(/<mark>/);
    }
    // The top result's excerpt is its text after the title, around the first hit there.
    const [role] = await ranked('总经理');
    expect(role!.excerptHtml).toContain('<mark>总经理</mark>办公室');
  });
});

/** Option labels of a filter select, e.g. { 流程: 3, 岗位: 5 }. */
async function optionCounts(page: Page, name: 'type' | 'dept'): Promise<Record<string, number>> {
  const labels = await page.locator(`select[name="${name}"] option`).allTextContents();
  return Object.fromEntries(labels.slice(1).map((label) => {
    const match = label.match(/^(.*) \((\d+)\)$/);
    expect(match, `“${label}” shows a count`).not.toBeNull();
    return [match![1]!, Number(match![2])];
  }));
}

function expectedCounts(query: string, key: 'type' | 'dept', other?: { key: 'type' | 'dept'; value: string }) {
  const pages = containing(query).filter((p) => !other || p[other.key] === other.value);
  const counts: Record<string, number> = {};
  for (const page of pages) if (page[key]) counts[page[key]] = (counts[page[key]] ?? 0) + 1;
  return counts;
}

const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

describe('search page facets', () => {
  it.each(['值班', '值班 记录'])('counts are right on first load and after every filter change: “%s”', async (query) => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('[data-results] li');
    expect(nonZero(await optionCounts(page, 'type'))).toEqual(expectedCounts(query, 'type'));
    expect(nonZero(await optionCounts(page, 'dept'))).toEqual(expectedCounts(query, 'dept'));
    expect(Object.values(await optionCounts(page, 'type')).some((n) => n > 0)).toBe(true);

    const type = Object.keys(expectedCounts(query, 'type'))[0]!;
    await page.selectOption('select[name="type"]', type);
    await page.waitForFunction((t) => document.querySelector('[data-status]')?.textContent?.includes('已按筛选条件过滤') && new URL(location.href).searchParams.get('type') === t, type);
    // Type options keep their counts (what each type would show); departments count within the chosen type.
    expect(nonZero(await optionCounts(page, 'type'))).toEqual(expectedCounts(query, 'type'));
    expect(nonZero(await optionCounts(page, 'dept'))).toEqual(expectedCounts(query, 'dept', { key: 'type', value: type }));
    // The status line is written before the results are inserted: wait for the list.
    await expect.poll(() => page.locator('[data-results] li').count()).toBe(expectedCounts(query, 'type')[type]);

    const dept = Object.keys(expectedCounts(query, 'dept', { key: 'type', value: type }))[0]!;
    await page.selectOption('select[name="dept"]', dept);
    await page.waitForFunction((d) => new URL(location.href).searchParams.get('dept') === d && !document.querySelector('[data-status]')?.textContent?.includes('正在'), dept);
    await page.waitForSelector('[data-results] li');
    expect(nonZero(await optionCounts(page, 'type'))).toEqual(expectedCounts(query, 'type', { key: 'dept', value: dept }));
    expect(nonZero(await optionCounts(page, 'dept'))).toEqual(expectedCounts(query, 'dept', { key: 'type', value: type }));
    await page.close();
  });
});

/** Types `query` into the header box of `path` and waits for the dropdown. */
async function dropdown(path: string, query: string, viewport = { width: 1280, height: 800 }) {
  const page = await site.browser.newPage({ viewport });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`${site.server.url}${path}`);
  await page.click('#site-search');
  await page.keyboard.type(query);
  await page.waitForSelector('#site-search-results:not([hidden]) li');
  await page.waitForTimeout(300); // a later keystroke's results would replace these
  return { page, requests };
}

describe('header search box', () => {
  it('makes the first result active without moving anything; Enter opens it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.url}roles/yunying-jingli/`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.click('#site-search');
    await page.keyboard.type('总经理');
    await page.waitForSelector('#search-option-0');
    expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBe('search-option-0');
    expect(await page.getAttribute('#search-option-0', 'aria-selected')).toBe('true');
    expect(await page.getAttribute('#search-option-all', 'aria-selected')).toBe('false');
    expect(await page.locator('#site-search-results').evaluate((list) => list.scrollTop)).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.getAttribute('#search-option-0', 'data-href')).toBe('/roles/zongjingli/');
    await page.screenshot({ path: `${shots}/dropdown-1280.png` });
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBe('search-option-1');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/roles/zongjingli/');
    await page.close();
  });

  it('keeps the first result active and in place on a phone', async () => {
    const { page } = await dropdown('', '运营经理', { width: 390, height: 844 });
    expect(await page.getAttribute('#site-search', 'aria-activedescendant')).toBe('search-option-0');
    expect(await page.locator('#site-search-results').evaluate((list) => list.scrollTop)).toBe(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.locator('#search-option-0').isVisible()).toBe(true);
    await page.screenshot({ path: `${shots}/dropdown-390.png` });
    await page.close();
  });

  it('ranks the reader’s own branch first in the dropdown of a Hong Kong page, and on the search page it opens', async () => {
    const { page } = await dropdown('roles/hk-yingyun-jingli/', '主管');
    expect(await page.getAttribute('#search-option-0', 'data-href')).toBe('/roles/hk-louceng-zhuguan/');
    // Each hit's excerpt fills in after the list shows.
    await page.waitForFunction(() => !document.querySelector('#site-search-results [aria-busy]'));
    expect(await page.innerHTML('#search-option-0 .search-hit-excerpt')).toContain('<mark>');
    await page.click('#search-option-all a');
    await page.waitForSelector('[data-results] li');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh-HK');
    expect(await page.getAttribute('[data-results] li:first-child a', 'href')).toBe('/roles/hk-louceng-zhuguan/');
    // A mainland reader's search page puts the mainland role first.
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('主管')}`);
    await page.waitForSelector('[data-results] li');
    expect(await page.getAttribute('[data-results] li:first-child a', 'href')).not.toBe('/roles/hk-louceng-zhuguan/');
    await page.close();
  });

  it('says when synonyms widened the results, and how many hold only a synonym', async () => {
    const literal = containing('资讯').length;
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('资讯')}`);
    await page.waitForSelector('[data-results] li');
    const status = (await page.textContent('[data-status]'))!;
    const [, total, only] = status.match(/^找到 (\d+) 个包含“资讯”或其同义词的页面,其中 (\d+) 个只含同义词。$/)!;
    expect(Number(total) - Number(only)).toBe(literal);
    expect(Number(only)).toBeGreaterThan(0);
    await page.close();
  });

  it.each([
    ['顾客退货怎么办', '/procedures/tuihuanhuo/'],
    ['退货流程', '/procedures/tuihuanhuo/'],
  ])('falls back to the matching parts of “%s” and says so', async (query, url) => {
    expect(containing(query)).toEqual([]);
    const { page } = await dropdown('', query);
    const note = await page.locator('#site-search-results .search-fallback').textContent();
    expect(note).toMatch(new RegExp(`^没有找到“${query}”,以下是“(.+)”的结果。$`));
    const parts = note!.match(/以下是“(.+)”的结果/)![1]!.split(' ');
    for (const part of parts) expect(query).toContain(part);
    const hrefs = await page.locator('#site-search-results [role="option"]').evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset.href));
    expect(hrefs.slice(0, 3)).toContain(url);
    await page.screenshot({ path: `${shots}/fallback-${query === '退货流程' ? 'process' : 'phrase'}-1280.png` });
    await page.close();
  });

  it.each([
    ['资讯', '/policies/xinxi-huibao-zhidu/', '信息'],
    ['租户', '/policies/shanghu-jingying-guiding/', '商户'],
    ['总办', '/departments/zongban/', '总经理办公室'],
    ['营运部', '/departments/yunying/', '运营部'],
  ])('widens “%s” with its synonyms (finds %s through “%s”)', async (query, url, synonym) => {
    expect(containing(synonym).map((p) => p.url)).toContain(url);
    const hits = await ranked(query);
    expect(hits.map((h) => h.url)).toContain(url);
    const hit = hits.find((h) => h.url === url)!;
    expect(hit.excerptHtml + hit.titleHtml).toContain(`<mark>${synonym}`);
  });

  it('downloads nothing for a query of punctuation only, in the box and on the search page', async () => {
    const { page, requests } = await dropdown('roles/yunying-jingli/', ',。');
    expect(await page.locator('#site-search-results .search-note').textContent()).toContain('请输入要查找的文字或数字');
    expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await page.close();

    const searchPageRequests: string[] = [];
    const page2 = await site.browser.newPage();
    page2.on('request', (request) => searchPageRequests.push(new URL(request.url()).pathname));
    await page2.goto(`${site.server.url}search/?q=${encodeURIComponent(',。')}`);
    await page2.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('请输入要查找的文字或数字'));
    await page2.waitForTimeout(300);
    expect(searchPageRequests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await page2.close();
  });
});

describe('screenshots of the search page', () => {
  it.each([390, 1280])('at %i px', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('运营总监')}`);
    await page.waitForSelector('[data-results] li');
    expect(await page.locator('[data-results] li').first().locator('a').getAttribute('href')).toBe('/roles/yunying-zongjian/');
    // Excerpts fill in after the list shows.
    await page.waitForFunction(() => !document.querySelector('[data-results] [aria-busy]'));
    expect(await page.locator('[data-results] li').first().locator('.search-hit-excerpt mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/search-page-${width}.png`, fullPage: width === 390 ? false : true });
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('顾客退货怎么办')}`);
    await page.waitForSelector('[data-results] li');
    expect(await page.locator('[data-status]').textContent()).toMatch(/^没有找到“顾客退货怎么办”,以下是“.+”的结果/);
    await page.screenshot({ path: `${shots}/search-page-fallback-${width}.png` });
    await page.close();
  });
});
