import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assetNamesIn, buildOffline, fileRole, pagePriority, planPrecache, webManifest, type SiteFile } from '../../../src/lib/build/offline.ts';

const SITE = { title: '运营管理手册', company: '锦程商业管理有限公司', description: '各部门的岗位职责与流程。' };

describe('fileRole', () => {
  it('keeps the editor, the worker itself, Word files and the feed away from the service worker', () => {
    for (const path of ['admin/index.html', 'admin/cms/sveltia-cms.js', 'admin/config.yml', 'sw.js', 'workbox-4f3a2b.js', 'reports/2026/x.docx', 'changes.xml', '_astro/a.js.map', '.handbook-site.json']) {
      expect(fileRole(path), path).toBe('skip');
    }
  });

  it('tells reading pages from pages kept once visited, bundles, search files and icons', () => {
    expect(fileRole('index.html')).toBe('page');
    expect(fileRole('procedures/kaibidian/index.html')).toBe('page');
    expect(fileRole('print/yunying/index.html')).toBe('visited-page');
    expect(fileRole('new/index.html')).toBe('visited-page');
    expect(fileRole('new/handbook.json')).toBe('other');
    expect(fileRole('_astro/Base.abc123.css')).toBe('asset');
    expect(fileRole('pagefind/fragment/und_1.pf_fragment')).toBe('search');
    expect(fileRole('icon.svg')).toBe('static');
    expect(fileRole('manifest.webmanifest')).toBe('static');
  });
});

describe('assetNamesIn', () => {
  it('finds bundles named in HTML and in static and dynamic imports of minified scripts', () => {
    const html = '<link rel="stylesheet" href="/hb/_astro/Base.X1.css"><script type="module" src="/hb/_astro/page.Y2.js"></script>';
    expect(assetNamesIn(html)).toEqual(['Base.X1.css', 'page.Y2.js']);
    const js = 'import{a as b}from"./engine.Z3.js";e(async()=>{let{x}=await import(`./docx.W4.js`)});m.f=["_astro/box.V5.js"]';
    expect(assetNamesIn(js)).toEqual(['engine.Z3.js', 'docx.W4.js', 'box.V5.js']);
  });
});

/** A small built site: file path → content (sizes follow from the content unless given). */
function siteOf(files: Record<string, string>, sizes: Record<string, number> = {}) {
  const list: SiteFile[] = Object.keys(files).map((path) => ({ path, size: sizes[path] ?? files[path]!.length }));
  return { list, read: (path: string) => files[path] ?? '' };
}

const demo = {
  'index.html': '<script src="/_astro/shell.A.js"></script><link href="/_astro/Base.B.css">',
  'search/index.html': '<script src="/_astro/search.C.js"></script>',
  'offline/index.html': '<link href="/_astro/Base.B.css">',
  'roles/a/index.html': '<link href="/_astro/Base.B.css">',
  'procedures/b/index.html': '<link href="/_astro/Base.B.css">',
  'new/index.html': '<script src="/_astro/form.D.js"></script>',
  'print/x/index.html': '<link href="/_astro/Base.B.css">',
  'admin/index.html': '<script src="/admin/cms/cms.js"></script>',
  '_astro/shell.A.js': 'e(()=>import(`./box.E.js`))',
  '_astro/box.E.js': 'import"./engine.F.js"',
  '_astro/engine.F.js': '',
  '_astro/search.C.js': 'import"./engine.F.js"',
  '_astro/Base.B.css': '',
  '_astro/form.D.js': 'import(`./docx.G.js`)',
  '_astro/docx.G.js': 'x'.repeat(700),
  'pagefind/pagefind.js': '',
  'pagefind/index/und_1.pf_index': 'i'.repeat(50),
  'favicon.svg': '<svg/>',
  'reports/r.docx': '',
  'changes.xml': '',
};

describe('planPrecache', () => {
  it('precaches the reading pages, the bundles they reach (following imports) and a small search index', () => {
    const { list, read } = siteOf(demo);
    const plan = planPrecache(list, read, { pageBytes: 10_000, searchBytes: 10_000 });
    expect(plan.allPages).toBe(true);
    expect(plan.search).toBe(true);
    expect(plan.precache).toEqual([
      '_astro/Base.B.css',
      '_astro/box.E.js',
      '_astro/engine.F.js',
      '_astro/search.C.js',
      '_astro/shell.A.js',
      'favicon.svg',
      'index.html',
      'offline/index.html',
      'pagefind/index/und_1.pf_index',
      'pagefind/pagefind.js',
      'procedures/b/index.html',
      'roles/a/index.html',
      'search/index.html',
    ]);
    // The report form's Word generator, print volumes and the editor are not downloaded by every reader.
    expect(plan.bytes.total).toBe(plan.precache.reduce((n, p) => n + read(p).length, 0));
  });

  it('over the page budget fills it with procedures, then policies, then roles; over the search budget no index', () => {
    const { list, read } = siteOf(
      { ...demo, 'policies/c/index.html': '', 'reports/2026/r/index.html': '' },
      { 'procedures/b/index.html': 3_000, 'policies/c/index.html': 3_000, 'roles/a/index.html': 3_000, 'reports/2026/r/index.html': 10, 'pagefind/index/und_1.pf_index': 5_000 },
    );
    const plan = planPrecache(list, read, { pageBytes: 6_500, searchBytes: 4_000 });
    expect(plan.allPages).toBe(false);
    expect(plan.search).toBe(false);
    // The core pages always; procedures and policies fit; the role would not, and nothing ranked after it skips ahead.
    expect(plan.precache.filter((p) => p.endsWith('.html'))).toEqual(['index.html', 'offline/index.html', 'policies/c/index.html', 'procedures/b/index.html', 'search/index.html']);
    expect(plan.pageCount).toEqual({ precached: 5, total: 7 });
    expect(plan.precache.some((p) => p.startsWith('pagefind/'))).toBe(false);
    expect(plan.bytes.search).toBe(0);
  });
});

describe('pagePriority', () => {
  it('ranks what a reader away from a desk looks up first', () => {
    const ranked = ['reports/2026/r/index.html', 'roles/a/index.html', 'procedures/index.html', 'policies/c/index.html', 'org/index.html', 'procedures/b/index.html', 'search/index.html', 'departments/kefu/index.html', 'procedures/page/2/index.html']
      .sort((a, b) => pagePriority(a) - pagePriority(b) || a.localeCompare(b));
    expect(ranked).toEqual(['search/index.html', 'procedures/b/index.html', 'policies/c/index.html', 'roles/a/index.html', 'departments/kefu/index.html', 'org/index.html', 'procedures/index.html', 'procedures/page/2/index.html', 'reports/2026/r/index.html']);
  });
});

describe('webManifest', () => {
  it('names the app from site.yaml and keeps start and scope under the base path', () => {
    const manifest = webManifest(SITE, '/handbook/');
    expect(manifest.name).toBe('运营管理手册 · 锦程商业管理有限公司');
    expect(manifest.short_name).toBe('运营管理手册');
    expect(manifest.start_url).toBe('/handbook/');
    expect(manifest.scope).toBe('/handbook/');
    expect((manifest.icons as { src: string }[]).map((i) => i.src)).toEqual(['/handbook/icon.svg', '/handbook/icon-192.png', '/handbook/icon-512.png', '/handbook/icon-maskable-512.png']);
    expect(webManifest(SITE, '/').start_url).toBe('/');
  });
});

describe('buildOffline', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  /** url → revision of the precache manifest inlined in sw.js. */
  const precached = () => {
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    return new Map([...sw.matchAll(/\{url:"([^"]+)",revision:(null|"[0-9a-f]+")\}/g)].map((m) => [m[1]!, m[2]!]));
  };

  it('writes the manifest and a service worker whose revisions change with the pages, without the editor', async () => {
    dir = mkdtempSync(join(tmpdir(), 'offline-'));
    for (const [path, text] of Object.entries(demo)) write(path, text);
    write('icon.svg', '<svg/>');
    const first = await buildOffline(dir, '/hb/', SITE);
    expect(JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8')).scope).toBe('/hb/');
    const before = precached();
    expect([...before.keys()].sort()).toEqual([...first.plan.precache].sort());
    expect(before.has('manifest.webmanifest')).toBe(true);
    for (const icon of ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png', 'apple-touch-icon.png']) expect(before.has(icon), icon).toBe(true);
    expect([...before.keys()].some((url) => url.startsWith('admin/') || url.startsWith('print/') || url.includes('docx'))).toBe(false);
    // Hashed bundles need no revision; pages carry one.
    expect(before.get('_astro/Base.B.css')).toBe('null');
    expect(before.get('roles/a/index.html')).toMatch(/^"[0-9a-f]+"$/);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(sw).toContain('offline/index.html');
    expect(sw).toContain('admin/');

    write('roles/a/index.html', '<link href="/_astro/Base.B.css"><h1>新版本</h1>');
    await buildOffline(dir, '/hb/', SITE);
    const after = precached();
    expect(after.get('roles/a/index.html')).not.toBe(before.get('roles/a/index.html'));
    expect(after.get('procedures/b/index.html')).toBe(before.get('procedures/b/index.html'));
  });

  it('refuses a site without the offline fallback page', async () => {
    dir = mkdtempSync(join(tmpdir(), 'offline-'));
    write('index.html', '');
    await expect(buildOffline(dir, '/', SITE)).rejects.toThrow(/offline\/index\.html/);
  });
});
