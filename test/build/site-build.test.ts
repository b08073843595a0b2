/** The demo handbook builds, and every page type is in the output with the right content. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const page = (path: string) => readFileSync(join(siteDir, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');

describe('production build of the demo handbook', () => {
  it.each([
    ['home', ''],
    ['department', 'departments/yunying/'],
    ['role', 'roles/yunying-jingli/'],
    ['procedure', 'procedures/kaibidian/'],
    ['policy', 'policies/yunying-kaohe-banfa/'],
    ['reports index', 'reports/'],
    ['report', 'reports/2026/yunying-jingli-2026-q3-zongjie/'],
    ['org chart', 'org/'],
    ['authoring guide', 'guide/'],
    ['roles index', 'roles/'],
    ['procedures index', 'procedures/'],
    ['policies index', 'policies/'],
    ['404', '404.html'],
  ])('has the %s page', (_, path) => {
    const html = page(path);
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  });

  it('builds a page for every published entry and none for drafts', () => {
    for (const collection of ['departments', 'roles', 'procedures', 'policies']) {
      for (const file of readdirSync(join('content', collection))) {
        const draft = /^status: draft$/m.test(readFileSync(join('content', collection, file), 'utf8'));
        const id = file.replace(/\.mdx?$/, '');
        expect(existsSync(join(siteDir, collection, id, 'index.html')), `${collection}/${id}`).toBe(!draft);
      }
    }
  });

  it('writes a Word file for every published report, with its title, and none for drafts', () => {
    const reports = (readdirSync('content/reports', { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx'));
    expect(reports.length).toBeGreaterThan(3);
    for (const file of reports) {
      const source = readFileSync(join('content/reports', file), 'utf8');
      const docx = join(siteDir, 'reports', file.replace(/\.mdx$/, '.docx'));
      expect(existsSync(docx), file).toBe(!/^status: draft$/m.test(source));
      if (!existsSync(docx)) continue;
      const title = /^title: (.+)$/m.exec(source)![1]!;
      expect(strFromU8(unzipSync(readFileSync(docx))['word/document.xml']!), file).toContain(title);
    }
  });

  it('sets the page language from the entry script', () => {
    expect(page('roles/hk-yingyun-jingli/')).toContain('<html lang="zh-HK"');
    expect(page('roles/yunying-jingli/')).toContain('<html lang="zh-CN"');
    // UI labels on a Traditional page follow its script.
    expect(page('roles/hk-yingyun-jingli/')).toContain('崗位職責');
  });

  it('draws the procedure flow as swimlanes: SVG lanes and arrows, one labelled lane per actor, a button per step', () => {
    const html = page('procedures/kaibidian/');
    const figure = html.match(/<figure class="diagram[^"]*"[\s\S]*?<\/figure>/)?.[0];
    expect(figure).toBeDefined();
    expect(figure).toMatch(/<svg [^>]*aria-hidden="true"[\s\S]*class="svg-edge/);
    const lanes = [...figure!.matchAll(/<li class="lane-[ab]"[^>]*>([^<]+)<\/li>/g)].map((m) => m[1]);
    for (const lane of ['安全员', '楼层主管', '客服员']) expect(lanes).toContain(lane);
    expect(figure!.match(/<button type="button" class="flow-node/g)?.length).toBeGreaterThan(10);
    expect(html).toContain('class="time-chip holiday"');
  });

  it('links a superseded policy to its successor and back', () => {
    const old = page('policies/yunying-kaohe-banfa-2024/');
    expect(old).toMatch(/已被<a href="\/policies\/yunying-kaohe-banfa\/"[^>]*>《运营部绩效考核办法》<\/a>替代/);
    expect(page('policies/yunying-kaohe-banfa/')).toContain('href="/policies/yunying-kaohe-banfa-2024/"');
  });

  it('marks a policy that takes effect after the build date as not yet in force', () => {
    expect(page('policies/anquan-guanli-xize/')).toContain('尚未生效');
    expect(page('policies/yunying-kaohe-banfa/')).not.toContain('尚未生效');
  });

  it('derives the procedures a role takes part in', () => {
    const html = page('roles/louceng-zhuguan/');
    expect(html).toContain('href="/procedures/chenhui/"');
    expect(html).toContain('href="/procedures/kaibidian/"');
  });

  it('expands only the current department in the sidebar', () => {
    const html = page('roles/yunying-jingli/');
    expect(html).toContain('href="/roles/louceng-zhuguan/"');
    const sidebar = page('roles/baoan-jingli/').match(/<nav id="sidebar"[\s\S]*?<\/nav>/)![0];
    expect(sidebar).not.toContain('href="/roles/louceng-zhuguan/"');
  });

  it('loads only the small search bootstrap script on content pages', () => {
    for (const path of ['', 'roles/yunying-jingli/', 'procedures/kaibidian/', 'org/']) {
      const scripts = [...page(path).matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
      expect(scripts.length, path).toBeLessThanOrEqual(1);
      for (const src of scripts) expect(readFileSync(join(siteDir, src), 'utf8').length, src).toBeLessThan(3000);
    }
  });

  it('writes one search index for every language, with the page table and the folding table, and no Pagefind runtime', () => {
    const table = JSON.parse(readFileSync(join(siteDir, 'pagefind/search.json'), 'utf8'));
    const urls = table.pages.map((p: unknown[]) => p[0]);
    expect(urls).toContain('/roles/yunying-jingli/');
    expect(table.values.lang).toEqual(expect.arrayContaining(['zh-CN', 'zh-HK']));
    for (const [, file] of table.chunks) expect(existsSync(join(siteDir, `pagefind/index/${file}.pf_index`)), file).toBe(true);
    const fold = JSON.parse(readFileSync(join(siteDir, 'pagefind/fold.json'), 'utf8'));
    expect(fold['營']).toBe('营');
    for (const gone of ['pagefind.js', 'pagefind-ui.js', 'pagefind-entry.json', 'fragment', 'filter']) expect(existsSync(join(siteDir, 'pagefind', gone)), gone).toBe(false);
  });
});
