/** The site built for a sub-path (BASE_PATH=/handbook/) works there: links, assets and search. */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { astroBuild, ROOT } from '../support/run-astro.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const BASE = '/handbook/';
const outDir = resolve(ROOT, 'test-results/site-base');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  const result = astroBuild({ BASE_PATH: BASE, HANDBOOK_OUT_DIR: outDir, HANDBOOK_BUILD_DATE: '2026-11-22' });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
  server = await serveStatic(outDir, BASE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`site under ${BASE}`, () => {
  it('serves pages whose links and assets all stay under the base path and resolve', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    const origin = new URL(server.url).origin;
    for (const path of ['', 'roles/yunying-jingli/', 'procedures/kaibidian/', 'policies/yunying-kaohe-banfa-2024/', 'changes/', 'print/yunying/']) {
      await page.goto(server.url + path);
      const links = await page.$$eval('a[href], link[href], script[src]', (els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('src')!));
      const internal = links.filter((l) => l.startsWith('/'));
      expect(internal.length, path).toBeGreaterThan(5);
      for (const link of internal) expect(link.startsWith(BASE), `${path}: ${link}`).toBe(true);
      for (const link of new Set(internal.map((l) => l.split('#')[0]!))) {
        const response = await page.request.get(origin + link);
        expect(response.status(), link).toBe(200);
      }
    }
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position)).toBe('sticky');
    expect(failed).toEqual([]);
    await page.close();
  });

  it('searches and opens results under the base path', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}roles/yunying-jingli/`);
    await page.click('#site-search');
    await page.keyboard.type('總值班');
    await page.waitForSelector('#search-option-0');
    expect(await page.getAttribute('#search-option-0', 'data-href')).toBe(`${BASE}procedures/zongzhiban/`);
    // The first result is active as soon as results appear: Enter opens it.
    expect(await page.getAttribute('#search-option-0', 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${BASE}procedures/zongzhiban/`);
    await page.goto(`${server.url}search/?q=${encodeURIComponent('闭店')}`);
    await page.waitForSelector('[data-results] li');
    const hrefs = await page.$$eval('[data-results] a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((h) => h.startsWith(BASE))).toBe(true);
    expect(await page.locator('[data-results] mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('registers the service worker for the base path and opens a saved page offline', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 90_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope)).toBe(server.url);
    await context.setOffline(true);
    await page.goto(`${server.url}procedures/kaibidian/`);
    expect(await page.textContent('h1')).toContain('开闭店');
    expect(await page.isVisible('[data-offline-badge]')).toBe(true);
    await context.close();
  });
});
