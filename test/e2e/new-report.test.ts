/**
 * The 新建报告 page (/new/) in Chromium: for the same choices it downloads
 * exactly the draft `npm run new` writes, and a Word version of it; it fits a
 * phone. Report pages offer their .docx and mark unfilled placeholders 待填写.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureWith } from '../support/fixture.ts';
import { astroBuild, ROOT } from '../support/run-astro.ts';
import { axeViolations } from '../support/axe.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { serveStatic } from '../support/static-server.ts';

const site = siteInBrowser();

interface Choices {
  kind: string;
  unit: string;
  year: string;
  index?: string;
  role: string;
  author: string;
  date: string;
  period: string;
}

/** What `npm run new --dry-run` prints for the same choices, on the demo handbook. */
function cliDraft(choices: Choices): string {
  const result = spawnSync(
    process.execPath,
    ['scripts/new.ts', '--kind', choices.kind, '--period', choices.period, '--role', choices.role, '--author', choices.author, '--date', choices.date, '--dry-run'],
    { cwd: ROOT, env: { ...process.env, HANDBOOK_CONTENT_DIR: join(ROOT, 'content'), CI: '1' }, input: '', encoding: 'utf8' },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

async function openForm(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true, colorScheme });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${site.server.url}new/`);
  await page.waitForSelector('[data-format="mdx"]:not([disabled])');
  return { page, errors };
}

async function choose(page: Page, choices: Choices): Promise<void> {
  await page.getByLabel('成文日期').fill(choices.date);
  await page.getByLabel('报告类型').selectOption(choices.kind);
  await page.getByLabel('周期类型').selectOption(choices.unit);
  await page.getByLabel('年份').fill(choices.year);
  await page.getByLabel('年份').dispatchEvent('change');
  if (choices.index) await page.locator('#nr-index').selectOption(choices.index);
  await page.getByLabel('岗位').selectOption(choices.role);
  await page.getByLabel('撰写人').fill(choices.author);
}

async function downloaded(page: Page, format: 'mdx' | 'docx'): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-format="${format}"]`)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const CASES: Choices[] = [
  { kind: 'plan', unit: 'month', year: '2026', index: '12', role: 'yunying-jingli', author: '王敏', date: '2026-11-28', period: '2026-12' },
  { kind: 'summary', unit: 'quarter', year: '2026', index: '4', role: 'yunying-jingli', author: '王敏', date: '2026-12-30', period: '2026-Q4' },
  { kind: 'combined', unit: 'week', year: '2026', index: '48', role: 'louceng-zhuguan', author: '李婷', date: '2026-11-28', period: '2026-W48' },
  { kind: 'review', unit: 'year', year: '2026', role: 'hk-yingyun-jingli', author: '梁嘉欣', date: '2027-01-08', period: '2026' },
];

describe('新建报告 page', () => {
  it.each(CASES)('downloads the same $kind draft as npm run new for $role, $period', async (choices) => {
    const { page, errors } = await openForm(1280);
    await choose(page, choices);
    const { name, bytes } = await downloaded(page, 'mdx');
    const expected = cliDraft(choices);
    expect(bytes.toString('utf8')).toBe(expected);
    expect(name).toBe(`${choices.role}-${choices.period.toLowerCase()}-${{ plan: 'jihua', summary: 'zongjie', combined: 'zongjie-jihua', review: 'shuzhi' }[choices.kind]}.mdx`);
    expect(await page.locator('[data-preview]').textContent()).toBe(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the draft as a Word document with its headings, hints and signature', async () => {
    const { page, errors } = await openForm(1280);
    await choose(page, CASES[1]!);
    await expect(page.locator('[data-notes]').textContent()).resolves.toContain('完成情况表按《运营部2026年第四季度工作计划》(2026/yunying-jingli-2026-q4-jihua)预填');
    const { name, bytes } = await downloaded(page, 'docx');
    expect(name).toBe('yunying-jingli-2026-q4-zongjie.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
    for (const text of ['运营部2026年第四季度工作总结', '二、主要工作和成绩', '（一）目标完成情况', '商户销售额：3.80亿元', '【写作提示】', '运营部 王敏', '2026年12月30日']) {
      expect(xml).toContain(text);
    }
    await expect(page.locator('[data-status]').textContent()).resolves.toContain('已下载 yunying-jingli-2026-q4-zongjie.docx');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what is missing instead of downloading an incomplete draft', async () => {
    const { page } = await openForm(1280);
    await page.getByLabel('岗位').selectOption('yunying-jingli');
    await page.click('[data-format="mdx"]');
    await expect(page.locator('[data-status]').textContent()).resolves.toBe('请填写撰写人姓名。');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nr-author');
    await page.close();
  });

  it('refuses an author name holding an invisible control character', async () => {
    const { page } = await openForm(1280);
    await choose(page, { ...CASES[0]!, author: '王\u0008敏' });
    await page.click('[data-format="mdx"]');
    await expect(page.locator('[data-status]').textContent()).resolves.toContain('撰写人姓名里有看不见的控制字符 U+0008(退格)');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('nr-author');
    await page.close();
  });

  it('suggests the current period and fits a phone screen with labelled fields', async () => {
    const { page, errors } = await openForm(360);
    expect(await page.getByLabel('周期类型').inputValue()).toBe('month');
    const today = new Date();
    expect(await page.getByLabel('年份').inputValue()).toBe(String(today.getFullYear()));
    expect(await page.locator('#nr-index').inputValue()).toBe(String(today.getMonth() + 1));
    await choose(page, CASES[0]!);
    await page.waitForSelector('[data-result]:not([hidden])');
    for (const label of ['报告类型', '周期类型', '年份', '岗位', '撰写人', '成文日期']) {
      expect(await page.getByLabel(label).isVisible(), label).toBe(true);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
  it.each(['light', 'dark'] as const)('has no axe violations with a draft shown (%s theme)', async (scheme) => {
    const { page } = await openForm(1280, scheme);
    await choose(page, CASES[0]!);
    await page.click('[data-result] summary');
    const violations = await axeViolations(page);
    expect(violations).toEqual([]);
    await page.close();
  });
});

const SHOTS = join(ROOT, 'test-results/reports');
/** The preview redraws after a dynamic import; on a loaded machine that takes more than poll's default second. */
const POLL = { timeout: 30_000, interval: 100 };

describe('the live preview on /new/', () => {
  it.each([1280, 390])('shows the report as it will be produced and follows every change (%i px)', async (width) => {
    const { page, errors } = await openForm(width);
    await choose(page, CASES[0]!);
    const rendered = page.locator('[data-rendered-preview]');
    await expect.poll(() => rendered.locator('.preview-title').textContent(), POLL).toBe('运营部2026年12月工作计划');
    expect(await rendered.locator('h3').first().textContent()).toBe('一、工作目标');
    expect(await rendered.locator('mark.fill').count()).toBeGreaterThan(3);
    expect(await rendered.locator('.preview-hint').first().textContent()).toMatch(/^提示:/);
    expect(await rendered.locator('.preview-date').textContent()).toBe('2026年11月28日');
    expect(await rendered.textContent()).toContain('本岗第3步(10:00):宣布开会');

    // Changing the author, the month and the role redraws it.
    await page.getByLabel('撰写人').fill('张三');
    await expect.poll(() => rendered.locator('.preview-signature').textContent(), POLL).toBe('运营部 张三');
    await page.locator('#nr-index').selectOption('10');
    await expect.poll(() => rendered.locator('.preview-title').textContent(), POLL).toBe('运营部2026年10月工作计划');
    expect(await rendered.textContent()).toContain('10月8日(周四,10月5日国庆节顺延)');
    expect(await rendered.textContent()).not.toMatch(/本期 \d+ 次:10月5日/);
    await page.getByLabel('报告类型').selectOption('summary');
    await page.getByLabel('年份').fill('2026');
    await page.getByLabel('年份').dispatchEvent('change');
    await page.locator('#nr-index').selectOption('11');
    await expect.poll(() => rendered.locator('.preview-title').textContent(), POLL).toBe('运营部2026年11月工作总结');
    expect(await rendered.textContent()).toContain('对照涵盖本期的《运营部2026年第四季度工作计划》');
    expect(await page.locator('[data-notes]').textContent()).toContain('2026年11月没有单独的工作计划');

    // The preview and the MDX source are the same draft.
    expect(await page.locator('[data-preview]').textContent()).toContain('title: 运营部2026年11月工作总结');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `new-preview-${width}.png`), fullPage: width === 1280 });
    await rendered.screenshot({ path: join(SHOTS, `new-preview-box-${width}.png`) });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what is missing without a preview, and keeps no-plan advice out of the preview text', async () => {
    const { page } = await openForm(1280);
    await choose(page, { ...CASES[0]!, kind: 'summary', role: 'kefu-zhuguan', index: '5', period: '2026-05' });
    const rendered = page.locator('[data-rendered-preview]');
    await expect.poll(() => rendered.locator('.preview-title').textContent(), POLL).toContain('2026年5月');
    expect(await page.locator('[data-notes]').textContent()).toContain('没有找到2026年5月(或涵盖它的季度、半年、年度)已提交的工作计划');
    // In the preview it is a grey hint, as in Word, not report text.
    const hint = rendered.locator('.preview-hint', { hasText: '没有找到' });
    expect(await hint.count()).toBe(1);
    expect(await rendered.locator('p:not(.preview-hint)', { hasText: '没有找到' }).count()).toBe(0);
    await page.getByLabel('撰写人').fill('');
    await expect.poll(() => page.locator('[data-result]').isHidden(), POLL).toBe(true);
    expect(await page.locator('[data-status]').textContent()).toBe('请填写撰写人姓名。');
    await page.close();
  });
});

describe('我的步骤 on role pages', () => {
  it.each([1280, 390])('lists the role’s own steps by procedure, with times (%i px)', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.server.url}roles/yunying-zhuli/`);
    const section = page.locator('h2#my-steps');
    expect(await section.textContent()).toBe('我的步骤');
    const meeting = page.locator('div.my-steps', { has: page.locator('a[href$="/procedures/zhoulihui/"]') });
    expect(await meeting.locator('.my-steps-cadence').textContent()).toBe('每周一 10:00');
    const rows = meeting.locator('li');
    expect(await rows.nth(0).locator('.my-steps-number').textContent()).toBe('第1步');
    expect(await rows.nth(0).locator('.my-steps-time').textContent()).toBe('会前一日18:00前');
    expect(await rows.nth(1).locator('.my-steps-time').textContent()).toBe('09:50');
    expect(await rows.nth(1).locator('.my-steps-action').textContent()).toContain('布置会场');
    expect(await meeting.textContent()).not.toContain('宣布开会');
    expect(await page.locator('.toc a[href="#my-steps"], nav a[href="#my-steps"]').count()).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
    mkdirSync(SHOTS, { recursive: true });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `role-my-steps-${width}.png`) });
    await page.locator('div.my-steps').first().screenshot({ path: join(SHOTS, `role-my-steps-section-${width}.png`) });
    await page.close();
  });

  it('shows a Hong Kong role’s steps in Traditional script', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}roles/hk-louceng-zhuguan/`);
    expect(await page.locator('h2#my-steps').textContent()).toBe('我的步驟');
    expect(await page.locator('div.my-steps').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('report pages and Word files', () => {
  it('offers every report as a .docx built with the site', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}reports/2026/kefu-zhuguan-2026-10/`);
    const link = page.locator('.report-downloads a');
    expect(await link.getAttribute('href')).toBe('/reports/2026/kefu-zhuguan-2026-10.docx');
    expect(await link.getAttribute('download')).toBe('kefu-zhuguan-2026-10.docx');
    const response = await page.request.get(`${site.server.url}reports/2026/kefu-zhuguan-2026-10.docx`);
    expect(response.status()).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await response.body()))['word/document.xml']!);
    expect(xml).toContain('客服部2026年10月工作总结与11月计划');
    expect(xml).toContain('二、下月工作计划');
    await page.close();
  });

  it('marks unfilled placeholders 待填写 on a draft report page; a submitted report with placeholders is not built', async () => {
    const dir = fixtureWith();
    mkdirSync(join(dir, 'reports/2026'), { recursive: true });
    const report = (status: string) => [
      '---', 'title: 运营部2026年12月工作计划', 'kind: 工作计划', 'period: { unit: month, start: 2026-12-01, end: 2026-12-31 }',
      'department: yunying', 'role: jingli', 'author: 王敏', 'date: 2026-11-28', `status: ${status}`, 'owner: jingli', 'updated: 2026-11-28', '---', '',
      '## 一、工作目标', '', '{/* 提示:每项目标都要有具体数字 */}', '', '| 指标 | 目标值 |', '| --- | --- |', '| 销售额达成率 | <Fill hint="目标值" /> |', '',
      '## 二、主要工作任务', '', '1. <Fill hint="重点工作一" />', '', '运营部 王敏', '', '2026年11月28日', '',
    ].join('\n');
    const file = join(dir, 'reports/2026/jingli-2026-12-jihua.mdx');
    const outDir = join(dir, '_dist');

    writeFileSync(file, report('submitted'));
    const refused = astroBuild({ HANDBOOK_CONTENT_DIR: dir, HANDBOOK_OUT_DIR: outDir });
    expect(refused.status).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('待填写:“重点工作一”');

    // Drafts are pages only outside production, as in npm run dev: build in development mode.
    writeFileSync(file, report('draft'));
    const result = astroBuild({ HANDBOOK_CONTENT_DIR: dir, HANDBOOK_OUT_DIR: outDir, NODE_ENV: 'development' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const fixtureServer = await serveStatic(outDir);
    const page = await site.browser.newPage();
    await page.goto(`${fixtureServer.url}reports/2026/jingli-2026-12-jihua/`);
    const marks = page.locator('.report-body mark.fill');
    expect(await marks.allTextContents()).toEqual(['待填写:目标值', '待填写:重点工作一']);
    expect(await marks.first().isVisible()).toBe(true);
    expect(await page.locator('.report-body').textContent()).not.toContain('提示');
    await page.close();
    await fixtureServer.close();
  });
});
