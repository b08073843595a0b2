/**
 * Accessibility of every page type (axe-core, WCAG 2.1 AA rules) in light and
 * dark themes, and a crawl of the built site for broken internal links.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { urlOfFile } from '../../src/lib/search/build-index.ts';
import { axeViolations } from '../support/axe.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const PAGES = [
  '', 'departments/yunying/', 'roles/yunying-jingli/', 'roles/hk-yingyun-jingli/', 'procedures/kaibidian/', 'policies/yunying-kaohe-banfa-2024/',
  'policies/anquan-guanli-xize/', 'reports/', 'reports/2026/yunying-jingli-2026-q3-zongjie/', 'org/', 'guide/', 'changes/', 'review/', 'search/?q=闭店', '404.html',
];

const site = siteInBrowser();

describe.each(['light', 'dark'] as const)('axe, %s theme', (scheme) => {
  it.each(PAGES)('finds no violations on /%s', async (path) => {
    const page = await site.browser.newPage({ colorScheme: scheme });
    await page.goto(site.server.url + path);
    if (path.startsWith('search/')) await page.waitForSelector('[data-results] li');
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });
});

describe('axe, phone width', () => {
  it.each(['', 'roles/yunying-jingli/', 'procedures/kaibidian/', 'policies/yunying-kaohe-banfa/', 'search/?q=闭店', 'print/', 'org/'])('finds no violations on /%s at 360 px', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(site.server.url + path);
    if (path.startsWith('search/')) await page.waitForSelector('[data-results] li');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('links', () => {
  it('every internal link, form target and asset of the built site resolves, and every page is reachable', async () => {
    const page = await site.browser.newPage();
    const origin = new URL(site.server.url).origin;
    const seen = new Set<string>();
    const queue = ['/'];
    const broken: string[] = [];
    while (queue.length) {
      const path = queue.shift()!;
      const response = await page.request.get(origin + path);
      if (response.status() !== 200) {
        broken.push(`${response.status()} ${path}`);
        continue;
      }
      if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
      const html = await response.text();
      for (const [, url] of html.matchAll(/(?:href|src|action)="([^"#?]+)[^"]*"/g)) {
        if (!url!.startsWith('/') || url!.startsWith('//') || seen.has(url!)) continue;
        seen.add(url!);
        queue.push(url!);
      }
    }
    expect(broken).toEqual([]);
    // Every built page is reachable by following links from the home page (404 aside).
    const pages = (readdirSync(inject('siteDir'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.html') && f !== '404.html')
      .map((f) => urlOfFile(f, '/'));
    expect(pages.filter((url) => url !== '/' && !seen.has(url))).toEqual([]);
    await page.close();
  }, 120_000);
});
