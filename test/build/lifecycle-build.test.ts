/** Publishing rules in the production build of the demo handbook (build date pinned to 2026-11-22). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';

const siteDir = inject('siteDir');
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');
const files = (readdirSync(siteDir, { recursive: true }) as string[]).filter((f) => !f.endsWith('.gz'));

describe('drafts', () => {
  const DRAFT = 'huiyuan-jifen-banfa';
  it('have no page in the production build', () => {
    expect(existsSync(join(siteDir, 'policies', DRAFT))).toBe(false);
  });
  it('are linked from no page and listed nowhere', () => {
    for (const file of files.filter((f) => f.endsWith('.html') || f.endsWith('.xml'))) {
      const text = read(file);
      expect(text.includes(DRAFT), file).toBe(false);
      expect(text.includes('会员积分管理办法'), file).toBe(false);
    }
  });
  it('are not in the search index', () => {
    for (const file of files.filter((f) => /^pagefind\/(search\.json|text\/.+\.txt)$/.test(f))) {
      expect(file.includes(DRAFT), file).toBe(false);
      expect(read(file).includes('会员积分管理办法'), file).toBe(false);
    }
  });
});

describe('review dashboard', () => {
  it('lists exactly the overdue and due-soon entries for the build date', () => {
    const html = read('review/index.html');
    const items = [...html.matchAll(/<li data-review="([\w-]+)"[^>]*>[\s\S]*?href="\/(\w+)\/([^"]+)\/"/g)].map((m) => [m[2] + '/' + m[3], m[1]]);
    expect(items.sort()).toEqual([
      ['policies/xinxi-huibao-zhidu', 'due-soon'],
      ['procedures/chenhui', 'overdue'],
      ['procedures/kaibidian', 'due-soon'],
      ['procedures/zongzhiban', 'overdue'],
      ['roles/louceng-zhuguan', 'due-soon'],
    ]);
  });
});

describe('what changed', () => {
  it('publishes a valid Atom feed with the change-log lines, newest first', () => {
    const xml = read('changes.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const entries = new XMLParser({ ignoreAttributes: false }).parse(xml).feed.entry as { title: string; updated: string; link: { '@_href': string } }[];
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.map((e) => e.updated)).toEqual([...entries.map((e) => e.updated)].sort().reverse());
    const closing = entries.find((e) => e.title === '【流程】开闭店管理流程 1.2');
    // No SITE_URL and no site.yaml url in the demo: links stay relative (README: Feed address).
    expect(closing?.link['@_href']).toBe('/procedures/kaibidian/#change-2026-10-08');
  });
  it('lists changes by month on /changes/ and anchors each line on its entry', () => {
    expect(read('changes/index.html')).toMatch(/<h2 id="m2026-10">2026年10月<\/h2>/);
    expect(read('procedures/kaibidian/index.html')).toContain('<li id="change-2026-10-08">');
  });
});

describe('print', () => {
  it('gathers a department in order with a table of contents', () => {
    const html = read('print/yunying/index.html');
    expect(html).toContain('class="print-toc"');
    const positions = ['运营部', '运营经理', '开闭店管理流程', '商户经营管理规定'].map((title) => html.indexOf(`>${title}</h1>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(html).not.toContain('>运营部绩效考核办法(2024年版)</h1>');
  });
});
