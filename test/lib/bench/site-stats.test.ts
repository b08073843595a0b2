import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageScripts, scriptsOfHtml, siteSize, staticImports } from '../../../src/lib/bench/site-stats.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-stats-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('staticImports', () => {
  it('lists static imports and re-exports, not dynamic imports', () => {
    const code = 'import"./a.js";import{t as e}from"./b.js";export*from"./c.js";export{x}from"./d.js";import("./lazy.js");import.meta.url';
    expect(staticImports(code)).toEqual(['./a.js', './b.js', './c.js', './d.js']);
  });
});

describe('scriptsOfHtml', () => {
  it('finds script files, inline scripts and module preloads, and skips data blocks', () => {
    const html = `<head><script type="module" src="/_astro/a.js"></script><link rel="modulepreload" href="/_astro/b.js">
      <script>var x = 1;</script><script type="application/ld+json">{"a":1}</script><script type="module">import "./c.js";</script></head>`;
    expect(scriptsOfHtml(html)).toEqual([
      { src: '/_astro/a.js', module: true },
      { inline: 'var x = 1;', module: false },
      { inline: 'import "./c.js";', module: true },
      { src: '/_astro/b.js', module: true },
    ]);
  });
});

describe('pageScripts', () => {
  const dir = site({
    'roles/x/index.html': '<script>document.documentElement.className="js"</script><script type="module" src="/_astro/entry.js"></script>',
    '_astro/entry.js': 'import{a}from"./shared.js";document.addEventListener("click",()=>import("./lazy.js"));',
    '_astro/shared.js': 'import"./entry.js";export const a=1;',
    '_astro/lazy.js': 'export const big="' + 'x'.repeat(5000) + '";',
  });

  it('counts what a page loads when it opens, each file once, lazy chunks left out', async () => {
    const result = await pageScripts(dir, '/roles/x/');
    expect(result.scripts.map((s) => s.source)).toEqual(['inline', '/_astro/entry.js', '/_astro/shared.js']);
    const expected = ['document.documentElement.className="js"', 'import{a}from"./shared.js";document.addEventListener("click",()=>import("./lazy.js"));', 'import"./entry.js";export const a=1;'];
    expect(result.bytes).toBe(expected.reduce((n, s) => n + s.length, 0));
    expect(result.gzipBytes).toBe(expected.reduce((n, s) => n + gzipSync(s, { level: 6 }).length, 0));
  });

  it('refuses a page whose script is missing', async () => {
    const broken = site({ 'index.html': '<script src="/_astro/gone.js"></script>' });
    await expect(pageScripts(broken, '/')).rejects.toThrow(/gone\.js/);
  });
});

describe('siteSize', () => {
  it('counts pages and bytes, and averages the gzip size of the HTML', () => {
    const a = '<!doctype html><p>' + '甲'.repeat(300) + '</p>';
    const b = '<!doctype html><p>乙</p>';
    const dir = site({ 'index.html': a, 'x/index.html': b, '_astro/s.css': 'p{}', 'index.html.gz': 'ignored' });
    const size = siteSize(dir);
    expect(size.pages).toBe(2);
    expect(size.files).toBe(3);
    expect(size.bytes).toBe(Buffer.byteLength(a) + Buffer.byteLength(b) + 3);
    expect(size.htmlGzipPerPage).toBe((gzipSync(a, { level: 6 }).length + gzipSync(b, { level: 6 }).length) / 2);
  });
});
