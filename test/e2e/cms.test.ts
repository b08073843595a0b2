/**
 * The web editor (/admin/) in Chromium, on a built site: it opens a local
 * folder (an origin-private folder filled with the fixture handbook, handed
 * over in place of the directory picker), an HR user edits a role's duty and
 * a policy's effective date through the forms and saves; the files it wrote
 * pass the handbook checker unchanged and build into pages showing the edits.
 * No request leaves 127.0.0.1 (intranets have no CDN).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/lib/content/check.ts';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE } from '../support/fixture.ts';
import { astroBuild, BUILD_TIMEOUT_MS, ROOT } from '../support/run-astro.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const SHOTS = join(ROOT, 'test-results/cms');

/**
 * Builds `contentDir` into `outDir`. Uses the project's build (scripts/build.ts) unless node_modules is a
 * link to another checkout (a git worktree): that build's own Astro root lives under node_modules and
 * would resolve the sources of the other checkout, so Astro is run directly on this one instead.
 */
function buildSite(contentDir: string, outDir: string): { status: number | null; output: string } {
  const env = { HANDBOOK_CONTENT_DIR: contentDir, HANDBOOK_OUT_DIR: outDir, HANDBOOK_BUILD_DATE: '2026-11-22' };
  if (realpathSync(join(ROOT, 'node_modules')).startsWith(`${realpathSync(ROOT)}/`)) {
    const result = astroBuild(env);
    return { status: result.status, output: result.stdout + result.stderr };
  }
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...env, FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

/** Front matter of an MDX text, parsed. */
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n?/, '').trim();

let work: string;
let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const external: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'handbook-cms-'));
  const built = buildSite(FIXTURE, join(work, 'site'));
  if (built.status !== 0) throw new Error(`building the fixture site failed:\n${built.output}`);
  server = await serveStatic(join(work, 'site'));
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A browser context that blocks every request beyond 127.0.0.1 and records it. */
async function offlineContext(width: number): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width, height: 900 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    external.push(route.request().url());
    return route.abort();
  });
  // The directory picker cannot be driven headless: hand the editor an origin-private folder instead.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true }),
    });
  });
  return context;
}

/** Copies the fixture handbook into the origin-private folder as `repo/content/…`, beside an empty `.git`. */
async function fillRepository(page: Page): Promise<void> {
  const files = Object.fromEntries(filesOf(FIXTURE).map((file) => [`content/${relative(FIXTURE, file)}`, readFileSync(file, 'utf8')]));
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

/** Reads `repo/<path>` back out of the origin-private folder. */
function readRepository(page: Page, path: string): Promise<string> {
  return page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
}

/** Saves the open entry and waits until the file in the folder has changed. */
async function save(page: Page, path: string, before: string): Promise<string> {
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect.poll(() => readRepository(page, path), { timeout: 30_000 }).not.toBe(before);
  return readRepository(page, path);
}

describe('web editor', () => {
  it('edits a duty and an effective date; the files pass the checker and build', async () => {
    const context = await offlineContext(1280);
    const page = await context.newPage();
    await page.goto(`${server.url}admin/`);
    await fillRepository(page);
    await page.getByRole('button', { name: '使用本地仓库' }).click();
    await page.getByText('计划与总结').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'admin-1280.png') });

    // A role's duty: the list item's text field.
    const rolePath = 'content/roles/jingli.mdx';
    const roleBefore = await readRepository(page, rolePath);
    await page.goto(`${server.url}admin/#/collections/roles/entries/jingli`);
    await page.getByRole('button', { name: '全部展开' }).first().click();
    await page.waitForFunction(() => [...document.querySelectorAll('input')].some((el) => el.value === '主持每周例会'), undefined, { timeout: 30_000 });
    const target = await page.$$eval('input', (inputs) => inputs.findIndex((el) => (el as HTMLInputElement).value === '主持每周例会'));
    expect(target).toBeGreaterThanOrEqual(0);
    await page.locator('input').nth(target).fill('主持每周运营例会');
    await page.screenshot({ path: join(SHOTS, 'admin-role-1280.png') });
    const roleAfter = await save(page, rolePath, roleBefore);

    // A policy's effective date: the date picker.
    const policyPath = 'content/policies/kaohe.mdx';
    const policyBefore = await readRepository(page, policyPath);
    await page.goto(`${server.url}admin/#/collections/policies/entries/kaohe`);
    // 生效日期 is the form's first date picker holding 2026-01-01 (更新日期 holds 2026-05-07).
    await page.waitForFunction(() => [...document.querySelectorAll('input[type="date"]')].some((el) => (el as HTMLInputElement).value === '2026-01-01'), undefined, { timeout: 30_000 });
    const index = await page.$$eval('input[type="date"]', (inputs) => inputs.findIndex((el) => (el as HTMLInputElement).value === '2026-01-01'));
    const date = page.locator('input[type="date"]').nth(index);
    await date.fill('2026-02-01');
    const policyAfter = await save(page, policyPath, policyBefore);
    await context.close();

    // Kept for review beside the screenshots.
    writeFileSync(join(SHOTS, 'saved-role.mdx'), roleAfter);
    writeFileSync(join(SHOTS, 'saved-policy.mdx'), policyAfter);
    // Only the edited values changed; bodies are untouched.
    const role = { before: frontmatter(roleBefore), after: frontmatter(roleAfter) };
    expect((role.after.responsibilities as Array<{ text: string }>)[0]!.text).toBe('主持每周运营例会');
    expect({ ...role.after, responsibilities: undefined }).toEqual({ ...role.before, responsibilities: undefined });
    expect(bodyOf(roleAfter)).toBe(bodyOf(roleBefore));
    expect(Object.keys(role.after)).toEqual(Object.keys(role.before));
    const policy = { before: frontmatter(policyBefore), after: frontmatter(policyAfter) };
    expect(policy.after.effective).toBe('2026-02-01');
    expect({ ...policy.after, effective: undefined }).toEqual({ ...policy.before, effective: undefined });
    expect(bodyOf(policyAfter)).toBe(bodyOf(policyBefore));
    expect(Object.keys(policy.after)).toEqual(Object.keys(policy.before));

    // What the editor wrote passes the checker and builds.
    const content = join(work, 'content');
    cpSync(FIXTURE, content, { recursive: true });
    writeFileSync(join(content, 'roles/jingli.mdx'), roleAfter);
    writeFileSync(join(content, 'policies/kaohe.mdx'), policyAfter);
    const { problems } = checkHandbook(content, { root: content, today: '2026-11-22' });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const built = buildSite(content, join(work, 'edited'));
    expect(built.status, built.output).toBe(0);
    expect(readFileSync(join(work, 'edited/roles/jingli/index.html'), 'utf8')).toContain('主持每周运营例会');
    expect(readFileSync(join(work, 'edited/policies/kaohe/index.html'), 'utf8')).toMatch(/2026\s*年\s*2\s*月\s*1\s*日|2026-02-01/);
    expect(external.filter((url) => !/unpkg\.com\/@sveltia\/cms\/package\.json|noto-mono/.test(url))).toEqual([]);
  });

  it('links every entry page to its editor page (screenshots at 390 and 1280 px)', async () => {
    for (const width of [390, 1280]) {
      const context = await offlineContext(width);
      const page = await context.newPage();
      await page.goto(`${server.url}roles/jingli/`);
      const link = page.getByRole('link', { name: '编辑此页' });
      expect(await link.getAttribute('href')).toBe('/admin/#/collections/roles/entries/jingli');
      await page.screenshot({ path: join(SHOTS, `role-page-${width}.png`) });
      await page.goto(`${server.url}admin/`);
      await page.getByRole('button', { name: '使用本地仓库' }).waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(SHOTS, `admin-signin-${width}.png`) });
      // The link of a report (filed under 2026/) opens that report in the editor.
      await fillRepository(page);
      await page.getByRole('button', { name: '使用本地仓库' }).click();
      await page.getByText('计划与总结').first().waitFor({ timeout: 30_000 });
      await page.goto(`${server.url}admin/#/collections/reports/entries/2026/jingli-2026-q3`);
      await page.waitForFunction(() => [...document.querySelectorAll('input')].some((el) => el.value === '王敏'), undefined, { timeout: 30_000 });
      await page.screenshot({ path: join(SHOTS, `admin-report-${width}.png`) });
      await context.close();
    }
    const links: Array<[string, string]> = [
      ['departments/yunying/', '/admin/#/collections/departments/entries/yunying'],
      ['procedures/kaidian/', '/admin/#/collections/procedures/entries/kaidian'],
      ['policies/kaohe/', '/admin/#/collections/policies/entries/kaohe'],
      ['reports/2026/jingli-2026-q3/', '/admin/#/collections/reports/entries/2026/jingli-2026-q3'],
    ];
    for (const [path, href] of links) {
      const html = readFileSync(join(work, 'site', path, 'index.html'), 'utf8');
      expect(html, path).toContain(`href="${href}"`);
    }
  });
});
