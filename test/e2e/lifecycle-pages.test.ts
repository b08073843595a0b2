/**
 * Readers' side of the lifecycle on the demo (built as of 2026-11-22): entry
 * history in Chinese with the comparison on demand and not in print, dated
 * states that say when they were computed, and Traditional pages without
 * Simplified labels. Screenshots go to test-results/lifecycle/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { simplifiedRuns } from '../support/simplified-text.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { ROOT } from '../support/run-astro.ts';

const site = siteInBrowser();
const SHOTS = resolve(ROOT, 'test-results/lifecycle');
mkdirSync(SHOTS, { recursive: true });

/** Commit subjects that touched the content: none may reach a reader. */
const subjects = execFileSync('git', ['log', '--format=%s', '--', 'content'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);

describe('entry history', () => {
  // louceng-zhuguan has no change log of its own but two recorded versions.
  const PATH = 'roles/louceng-zhuguan/';

  it('shows Chinese change lines, no commit message and no YAML, with the comparison closed', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url + PATH + '#history');
    const history = page.locator('.entry-history');
    const visible = await history.innerText();
    expect(subjects.length).toBeGreaterThan(0);
    for (const subject of subjects) expect(visible).not.toContain(subject);
    expect(visible).not.toMatch(/^\s*[a-zA-Z]+:\s/m);
    expect(visible).not.toContain('---');
    expect(visible).not.toContain('文字改动');
    expect(await history.locator('.change-log li').first().innerText()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日\s*(新增|修改了|删除了|首次发布|.+增加|.+修改)/);
    const details = history.locator('details.version-diffs');
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    await expect(details.locator('dt').first().innerText()).resolves.toMatch(/^复查日期/);
    await expect(details.locator('ins').first().innerText()).resolves.toBe('2026年11月30日');
    await history.screenshot({ path: join(SHOTS, 'history-1280.png') });
    await page.setViewportSize({ width: 390, height: 900 });
    await history.screenshot({ path: join(SHOTS, 'history-390.png') });
    await page.close();
  });

  it('leaves the comparison out of print', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + PATH);
    await page.locator('details.version-diffs summary').click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details.version-diffs').isVisible()).toBe(false);
    expect(await page.locator('.change-log').isVisible()).toBe(true);
    await page.pdf({ path: join(SHOTS, 'history-print.pdf'), format: 'A4' });
    await page.close();
  });

  it('gives /changes/ rows that say what changed', () => {
    const html = readFileSync(join(inject('siteDir'), 'changes/index.html'), 'utf8');
    const notes = [...html.matchAll(/<span class="entry-note">([^<]*)<\/span>/g)].map((m) => m[1]!);
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.filter((n) => n === '内容更新')).toEqual([]);
    expect(notes).toContain('新增 复查日期:2026年11月30日');
  });
});

describe('dated states', () => {
  it('say on the policy pages and lists when they were computed', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url + 'policies/yunying-kaohe-banfa-2024/');
    const note = page.locator('[data-lifecycle-note="replaced"]');
    await expect(note.innerText()).resolves.toContain('已被《运营部绩效考核办法》替代');
    await expect(note.locator('a').getAttribute('href')).resolves.toBe('/policies/yunying-kaohe-banfa/');
    await expect(note.innerText()).resolves.toContain('状态按 2026-11-22 构建时计算');
    await page.screenshot({ path: join(SHOTS, 'policy-replaced-1280.png') });
    await page.goto(site.server.url + 'policies/anquan-guanli-xize/');
    await expect(page.locator('[data-lifecycle-note="pending"]').innerText()).resolves.toMatch(/^尚未生效,2027年1月1日起施行。/);
    await page.goto(site.server.url + 'policies/');
    await expect(page.locator('.entry-head .build-note').innerText()).resolves.toContain('状态按 2026-11-22 构建时计算');
    await page.setViewportSize({ width: 390, height: 900 });
    await page.goto(site.server.url + 'policies/yunying-kaohe-banfa-2024/');
    await page.screenshot({ path: join(SHOTS, 'policy-replaced-390.png') });
    await page.close();
  });
});

describe('Traditional (Hong Kong) pages', () => {
  const HK = ['departments/hk-yingyun/', 'roles/hk-louceng-zhuguan/', 'roles/hk-yingyun-jingli/', 'policies/hk-loumian-guanli/', 'procedures/hk-kaiguanmen/', 'reports/2026/hk-yingyun-jingli-2026-10/'];
  it.each(HK)('%s has no Simplified-only label outside the search box', (path) => {
    const html = readFileSync(join(inject('siteDir'), path, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="zh-HK">/);
    // The search box is the search feature's (its labels are converted there); everything else must be Traditional.
    const runs = simplifiedRuns(html.replace(/<form class="search-box"[\s\S]*?<\/form>/, ''));
    expect(runs.map((r) => `${r.text} → ${r.converted}`)).toEqual([]);
  });
  it('finds a Simplified label when there is one (the check can fail)', () => {
    expect(simplifiedRuns('<html lang="zh-HK"><body><span>维护岗位</span><span lang="zh-CN">运营部</span><p>租戶</p></body></html>').map((r) => r.text)).toEqual(['维护岗位']);
  });
  it('look right at 390 and 1280 px', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.server.url + 'roles/hk-louceng-zhuguan/');
    await page.screenshot({ path: join(SHOTS, 'hk-role-1280.png') });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: join(SHOTS, 'hk-role-390.png'), fullPage: false });
    expect(await page.locator('h1').innerText()).toBe('樓面主管');
    await page.close();
  });
});
