/**
 * Offline reading: after a first visit the handbook opens without a network,
 * says "离线" while the network is gone, and a new build replaces the saved
 * version (src/lib/build/offline.ts, src/scripts/offline.ts).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { buildOffline } from '../../src/lib/build/offline.ts';
import { ROOT } from '../support/run-astro.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { serveStatic } from '../support/static-server.ts';

const site = siteInBrowser();
const shots = resolve(ROOT, 'test-results/offline');
mkdirSync(shots, { recursive: true });

const BADGE = '[data-offline-badge]';

/** Opens `url` and waits until the service worker controls the page (its precache is then complete). */
async function firstVisit(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 90_000 });
  return page;
}

describe('offline reading', () => {
  it('after a first visit, visited and not-visited handbook pages and the search open offline, with the 离线 badge', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await firstVisit(context, site.server.url);
    expect(await page.isVisible(BADGE)).toBe(false);
    await page.goto(`${site.server.url}roles/yunying-jingli/`);
    const visitedTitle = await page.textContent('h1');

    await context.setOffline(true);
    // The page already open learns it at once.
    await page.waitForSelector(BADGE, { state: 'visible' });
    expect(await page.textContent(BADGE)).toBe('离线 — 显示的是已保存的版本');

    await page.goto(`${site.server.url}`);
    await page.goto(`${site.server.url}roles/yunying-jingli/`);
    expect(await page.textContent('h1')).toBe(visitedTitle);
    // Never opened in this browser: saved by the precache.
    const response = await page.goto(`${site.server.url}procedures/kaibidian/`);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await page.textContent('h1')).toContain('开闭店');
    expect(await page.isVisible(BADGE)).toBe(true);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      await page.screenshot({ path: join(shots, `offline-page-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Hong Kong pages say it in Traditional script.
    await page.goto(`${site.server.url}roles/hk-yingyun-jingli/`);
    expect(await page.textContent(BADGE)).toContain('離線');
    // So does the rest of the page's chrome, down to the feed link's name.
    expect(await page.getAttribute('link[rel="alternate"]', 'title')).toMatch(/ · 修訂記錄$/);
    await page.goto(`${site.server.url}procedures/kaibidian/`);

    // The badge is not printed.
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible(BADGE)).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Search page and header search box work from the saved index.
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('闭店')}`);
    await page.waitForSelector('[data-results] li');
    expect(await page.locator('[data-results] li').count()).toBeGreaterThan(0);
    await page.click('#site-search');
    await page.keyboard.type('总值班');
    await page.waitForSelector('#search-option-0');
    expect(await page.getAttribute('#search-option-0', 'data-href')).toBe('/procedures/zongzhiban/');

    // A page that is not saved (print volumes are kept only once opened) gets the offline page, not an error.
    await page.goto(`${site.server.url}print/`);
    expect(await page.textContent('[data-offline-fallback]')).toContain('这一页还没有保存到本机');
    expect(await page.isVisible('[data-offline-fallback]')).toBe(true);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      await page.screenshot({ path: join(shots, `offline-fallback-${width}.png`) });
    }

    await context.setOffline(false);
    await page.waitForSelector(BADGE, { state: 'hidden' });
    await page.goto(`${site.server.url}print/`);
    expect(await page.locator('[data-offline-fallback]').count()).toBe(0);
    expect(await page.isVisible(BADGE)).toBe(false);
    // At its own address the offline page is the help page linked from the footer, without the note.
    await page.click('footer a:text-is("离线阅读")');
    await page.waitForURL('**/offline/');
    expect(await page.textContent('h1')).toBe('离线阅读');
    expect(await page.isVisible('[data-offline-fallback]')).toBe(false);
    expect(await page.isVisible(BADGE)).toBe(false);
    await context.close();
  });

  it('leaves the editor and the report form to the network, and offers the app manifest', async () => {
    const context = await site.browser.newContext();
    const page = await firstVisit(context, site.server.url);
    const admin = await page.goto(`${site.server.url}admin/`);
    expect(admin?.fromServiceWorker()).toBe(false);
    const form = await page.goto(`${site.server.url}new/`);
    expect(form?.status()).toBe(200);
    await page.waitForSelector('form');
    const manifestUrl = await page.getAttribute('link[rel="manifest"]', 'href');
    const manifest = await (await page.request.get(new URL(manifestUrl!, site.server.url).href)).json();
    expect(manifest).toMatchObject({ short_name: '运营管理手册', start_url: '/', display: 'standalone' });
    for (const icon of manifest.icons as { src: string }[]) {
      expect((await page.request.get(new URL(icon.src, site.server.url).href)).status(), icon.src).toBe(200);
    }
    await context.close();
  });

  it('a new build replaces the saved version: the open page says so, a reload shows it, old copies are gone', async () => {
    const dir = resolve(ROOT, 'test-results/offline-update-site');
    rmSync(dir, { recursive: true, force: true });
    cpSync(inject('siteDir'), dir, { recursive: true });
    const server = await serveStatic(dir, '/', { live: true });
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await firstVisit(context, `${server.url}roles/yunying-jingli/`);
      await page.reload();
      const old = (await page.textContent('h1'))!;

      // "Rebuild": one page changes, the service worker is generated again over the folder.
      const file = join(dir, 'roles/yunying-jingli/index.html');
      const before = readFileSync(file, 'utf8');
      const after = before.replace(/(<h1[^>]*>)([^<]*)<\/h1>/, (_, open: string, text: string) => `${open}${text}(新版)</h1>`);
      expect(after).not.toBe(before);
      writeFileSync(file, after);
      await buildOffline(dir, '/', { title: '运营管理手册', company: '锦程商业管理有限公司', description: '' });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

      const notice = page.locator('[data-offline-updated]');
      await notice.waitFor({ state: 'visible', timeout: 90_000 });
      expect(await notice.textContent()).toContain('手册已更新,刷新后查看新版本');
      await page.screenshot({ path: join(shots, 'updated-390.png') });
      await Promise.all([page.waitForEvent('load'), notice.locator('button').click()]);
      expect(await page.textContent('h1')).toBe(`${old}(新版)`);
      expect(await page.isVisible('[data-offline-updated]')).toBe(false);

      // One precache, holding only the new copy of the page.
      const saved = await page.evaluate(async () => {
        const names = (await caches.keys()).filter((n) => n.includes('precache'));
        const keys = (await (await caches.open(names[0]!)).keys()).map((r) => r.url).filter((u) => u.includes('roles/yunying-jingli/index.html'));
        return { names, keys };
      });
      expect(saved.names).toHaveLength(1);
      expect(saved.keys).toHaveLength(1);

      // Server gone while the browser still believes it is online: a page that is not saved says 离线 too.
      await server.close();
      await page.goto(`${server.url}print/`);
      expect(await page.isVisible('[data-offline-fallback]')).toBe(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(true);
      expect(await page.isVisible(BADGE)).toBe(true);
    } finally {
      await context.close();
      await server.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
