/**
 * Every page type in Chromium at desktop and phone widths: it renders, fits
 * the screen without sideways scrolling, and its navigation, table of
 * contents, theme switch and print styles work.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';

const PAGES = [
  ['home', '', 'zh-CN'],
  ['department', 'departments/yunying/', 'zh-CN'],
  ['role', 'roles/yunying-jingli/', 'zh-CN'],
  ['Traditional role', 'roles/hk-yingyun-jingli/', 'zh-HK'],
  ['procedure', 'procedures/kaibidian/', 'zh-CN'],
  ['policy', 'policies/shanghu-jingying-guiding/', 'zh-CN'],
  ['reports index', 'reports/', 'zh-CN'],
  ['report', 'reports/2026/yunying-jingli-2026-q4-jihua/', 'zh-CN'],
  ['org chart', 'org/', 'zh-CN'],
  ['authoring guide', 'guide/', 'zh-CN'],
  ['404', '404.html', 'zh-CN'],
] as const;

const site = siteInBrowser();

async function open(path: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const response = await page.goto(site.server.url + path);
  expect(response?.status()).toBe(200);
  return { page, errors };
}

describe.each([1280, 360])('at %i px wide', (width) => {
  it.each(PAGES)('%s page renders and fits the screen', async (_, path, lang) => {
    const { page, errors } = await open(path, width);
    await expect(page.locator('h1').first().isVisible()).resolves.toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('navigation and controls', () => {
  it('shows the sidebar beside the content on desktop and behind the menu button on phones', async () => {
    const desktop = await open('roles/yunying-jingli/', 1280);
    expect(await desktop.page.locator('#sidebar').isVisible()).toBe(true);
    expect(await desktop.page.locator('.menu-toggle').isVisible()).toBe(false);
    await desktop.page.close();

    const phone = await open('roles/yunying-jingli/', 360);
    expect(await phone.page.locator('#sidebar').isVisible()).toBe(false);
    await phone.page.click('.menu-toggle');
    expect(await phone.page.locator('#sidebar').isVisible()).toBe(true);
    expect(await phone.page.getAttribute('.menu-toggle', 'aria-expanded')).toBe('true');
    await phone.page.click('#sidebar a[href="/org/"]');
    await phone.page.waitForURL('**/org/');
    await phone.page.close();
  });

  it('keeps the table of contents open on desktop and folded on phones, with working links', async () => {
    const desktop = await open('procedures/kaibidian/', 1280);
    const tocLink = desktop.page.locator('.toc a[href="#steps"]');
    expect(await tocLink.isVisible()).toBe(true);
    await tocLink.click();
    expect(await desktop.page.evaluate(() => location.hash)).toBe('#steps');
    await desktop.page.close();

    const phone = await open('procedures/kaibidian/', 360);
    expect(await phone.page.locator('.toc a[href="#steps"]').isVisible()).toBe(false);
    await phone.page.click('.toc summary');
    expect(await phone.page.locator('.toc a[href="#steps"]').isVisible()).toBe(true);
    await phone.page.close();
  });

  it('switches between light and dark themes and remembers the choice', async () => {
    const { page } = await open('', 1280);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.click('.theme-toggle');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await background()).toBe(dark);
    await page.close();
  });

  it('prints content only, with checklists as forms to fill in', async () => {
    const { page } = await open('procedures/zongzhiban/', 1280);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '#sidebar', '.toc', '.breadcrumbs', '.checklist-ticks']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('table.checklist-form').first().isVisible()).toBe(true);
    expect(await page.locator('table.checklist-form').first().locator('th').allTextContents()).toContain('签字');
    await page.close();
  });

  it('works without JavaScript: sidebar visible and content readable on phones', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}departments/yunying/`);
    expect(await page.locator('#sidebar').isVisible()).toBe(true);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await context.close();
  });
});
