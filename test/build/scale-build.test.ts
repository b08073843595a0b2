/**
 * A handbook far larger than the demo in one department (400 generated
 * entries in 客服部): pages stay the same size however many entries there
 * are — the sidebar and the department page show the first entries and link
 * to paginated lists, site-wide lists are paginated, print books come in
 * volumes — and every page is still reachable and every link resolves.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHandbook } from '../../src/lib/bench/generate-handbook.ts';
import { LIST_PAGE_SIZE, PREVIEW_LIMIT, PRINT_VOLUME_SIZE, SIDEBAR_LIMIT, SITE_LIST_PAGE_SIZE } from '../../src/lib/handbook/navigation.ts';
import { urlOfFile } from '../../src/lib/search/build-index.ts';
import { axeViolations } from '../support/axe.ts';
import { astroBuild, ROOT } from '../support/run-astro.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-scale-'));
const contentDir = join(work, 'content');
const siteDir = join(work, 'site');
const DEPARTMENT = 'kefu';
const read = (url: string) => readFileSync(join(siteDir, url, url.endsWith('/') ? 'index.html' : ''), 'utf8');
const hrefs = (html: string, pattern: RegExp) => [...html.matchAll(/href="([^"#?]+)/g)].map((m) => m[1]!).filter((h) => pattern.test(h));
const count = (html: string, text: string) => html.split(text).length - 1;
/** The page's own content, without the sidebar. */
const main = (url: string) => {
  const html = read(url);
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
};

beforeAll(() => {
  generateHandbook({ sourceDir: join(ROOT, 'content'), outDir: contentDir, count: 400, departments: [DEPARTMENT] });
  const result = astroBuild({ HANDBOOK_CONTENT_DIR: contentDir, HANDBOOK_OUT_DIR: siteDir, HANDBOOK_BUILD_DATE: '2026-11-22' });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout.slice(-3000)}\n${result.stderr}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Registered after the build, so the server starts once the site is written.
const site = siteInBrowser(siteDir);

const roleIds = () => readdirSync(join(contentDir, 'roles')).map((f) => f.replace(/\.mdx$/, ''));
const kefuRoles = () => roleIds().filter((id) => /^department: kefu$/m.test(readFileSync(join(contentDir, 'roles', `${id}.mdx`), 'utf8')));

describe(`a department with hundreds of entries`, () => {
  it('lists its first entries of each kind in the sidebar, the current one, and a link to the rest', () => {
    const last = kefuRoles().sort().at(-1)!;
    const sidebar = read(`/roles/${last}/`).match(/<nav id="sidebar"[\s\S]*?<\/nav>/)![0];
    const roleLinks = hrefs(sidebar, /^\/roles\/[^/]+\/$/);
    expect(roleLinks.length).toBeLessThanOrEqual(SIDEBAR_LIMIT + 1);
    expect(roleLinks).toContain(`/roles/${last}/`);
    expect(sidebar).toMatch(new RegExp(`<a class="nav-more" href="/departments/${DEPARTMENT}/roles/">全部 ${kefuRoles().length} 个岗位 →</a>`));
    expect(hrefs(sidebar, /^\/procedures\/gen-/).length).toBe(SIDEBAR_LIMIT);
  });

  it('keeps the sidebar the same size however many entries the department has', () => {
    // 11 departments and 8 sections, plus at most SIDEBAR_LIMIT + 2 links for each of three kinds.
    const sidebar = read(`/roles/${kefuRoles()[0]}/`).match(/<nav id="sidebar"[\s\S]*?<\/nav>/)![0];
    expect(count(sidebar, '<a ')).toBeLessThanOrEqual(11 + 8 + 3 * (SIDEBAR_LIMIT + 2));
  });

  it('shows the first entries on the department page and paginates the full lists', () => {
    const page = main(`/departments/${DEPARTMENT}/`);
    expect(hrefs(page, /^\/roles\/[^/]+\/$/).length).toBeLessThanOrEqual(PREVIEW_LIMIT + 2); // + the head of department and the page's owner
    expect(page).toContain(`href="/departments/${DEPARTMENT}/roles/"`);
    expect(page).toContain(`href="/departments/${DEPARTMENT}/reports/"`);
    const roles = kefuRoles();
    const pages = Math.ceil(roles.length / LIST_PAGE_SIZE);
    expect(pages).toBeGreaterThan(1);
    expect(existsSync(join(siteDir, `departments/${DEPARTMENT}/roles/page/${pages + 1}`))).toBe(false);
    const all = Array.from({ length: pages }, (_, i) => {
      const html = main(`/departments/${DEPARTMENT}/roles/${i > 0 ? `page/${i + 1}/` : ''}`);
      expect(html).toContain('class="pagination"');
      return hrefs(html, /^\/roles\/[^/]+\/$/);
    }).flat();
    expect(new Set(all)).toEqual(new Set(roles.map((id) => `/roles/${id}/`)));
    expect(all.length).toBe(roles.length);
  });

  it('draws the top of the department in the org chart and counts the rest', () => {
    const org = main('/org/');
    const chart = org.slice(org.indexOf('<svg'), org.indexOf('</svg>'));
    const kefu = kefuRoles();
    expect(hrefs(chart, /^\/roles\//).filter((h) => kefu.includes(h.split('/')[2]!)).length).toBe(PREVIEW_LIMIT);
    expect(chart).toContain(`href="/departments/${DEPARTMENT}/roles/"`);
    expect(chart).toContain(`另有 ${kefu.length - PREVIEW_LIMIT} 个岗位…`);
  });

  it('paginates the site-wide lists', () => {
    const total = readdirSync(join(contentDir, 'procedures')).filter((f) => !/^status: draft$/m.test(readFileSync(join(contentDir, 'procedures', f), 'utf8'))).length;
    expect(total).toBeGreaterThan(SITE_LIST_PAGE_SIZE);
    const links = [...hrefs(main('/procedures/'), /^\/procedures\/[^/]+\/$/), ...hrefs(main('/procedures/page/2/'), /^\/procedures\/[^/]+\/$/)];
    expect(new Set(links).size).toBe(total);
    expect(read('/procedures/')).toContain('href="/procedures/page/2/"');
  });

  it('prints the department in volumes that hold each entry once', () => {
    const volumes = readdirSync(join(siteDir, 'print', DEPARTMENT)).filter((f) => /^\d+$/.test(f)).length + 1;
    expect(volumes).toBeGreaterThan(1);
    let printed = 0;
    for (let n = 1; n <= volumes; n++) {
      const entries = count(read(`/print/${DEPARTMENT}/${n > 1 ? `${n}/` : ''}`), 'class="print-entry"');
      expect(entries).toBeLessThanOrEqual(PRINT_VOLUME_SIZE);
      printed += entries;
    }
    expect(read('/print/')).toContain(`href="/print/${DEPARTMENT}/${volumes}/"`);
    expect(read('/print/')).toContain('整本打印过大');
    // The department's page, its roles, procedures and policies in force.
    expect(printed).toBeGreaterThan(kefuRoles().length * 2);
  });

  it('links every page from the home page, and every internal link resolves', () => {
    const seen = new Set(['/']);
    const queue = ['/'];
    const broken: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      const file = join(siteDir, url, url.endsWith('/') ? 'index.html' : '');
      if (!existsSync(file)) {
        broken.push(url);
        continue;
      }
      if (!file.endsWith('.html')) continue;
      for (const [, link] of readFileSync(file, 'utf8').matchAll(/(?:href|src|action)="(\/[^"#?]*)/g)) {
        if (link!.startsWith('//') || seen.has(link!)) continue;
        seen.add(link!);
        queue.push(link!);
      }
    }
    expect(broken).toEqual([]);
    const pages = (readdirSync(siteDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html') && f !== '404.html').map((f) => urlOfFile(f, '/'));
    expect(pages.filter((url) => !seen.has(url))).toEqual([]);
  });

  it.each(['departments/kefu/roles/page/2/', 'print/kefu/2/', 'org/', `roles/gen-role-00397/`])('has no axe violations on /%s', async (path) => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
      const page = await site.browser.newPage({ viewport });
      await page.goto(site.server.url + path);
      expect(await axeViolations(page), `${path} at ${viewport.width} px`).toEqual([]);
      await page.close();
    }
  });
});
