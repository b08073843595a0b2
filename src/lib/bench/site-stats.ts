/**
 * What a built static site weighs: its pages, its size on disk, the HTML a
 * page transfers (gzip) and the JavaScript a content page loads when it
 * opens — its scripts and everything they import statically, not chunks
 * loaded later with `import()`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

/** Bytes after gzip at the level web servers commonly use (6). */
export function gzipBytes(data: string | Uint8Array): number {
  return gzipSync(data, { level: 6 }).length;
}

export interface SiteSize {
  /** HTML files. */
  pages: number;
  /** Every file (precompressed `.gz` copies excluded). */
  files: number;
  bytes: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Mean gzip size of one HTML file. */
  htmlGzipPerPage: number;
}

/** Walks `dir` and weighs the site in it. `onProgress` is called every 1,000 pages. */
export function siteSize(dir: string, onProgress: (pages: number) => void = () => {}): SiteSize {
  const size: SiteSize = { pages: 0, files: 0, bytes: 0, htmlBytes: 0, htmlGzipBytes: 0, htmlGzipPerPage: 0 };
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    if (file.endsWith('.gz')) continue;
    const path = join(dir, file);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    size.files++;
    size.bytes += stat.size;
    if (file.endsWith('.html')) {
      const html = readFileSync(path);
      size.pages++;
      size.htmlBytes += html.length;
      size.htmlGzipBytes += gzipBytes(html);
      if (size.pages % 1000 === 0) onProgress(size.pages);
    }
  }
  size.htmlGzipPerPage = size.pages ? size.htmlGzipBytes / size.pages : 0;
  return size;
}

export interface PageScript {
  /** Site path of the file, or `inline` for a script written into the page. */
  source: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageScripts {
  scripts: PageScript[];
  bytes: number;
  gzipBytes: number;
}

/** `<script>` elements (src or inline text) and module preloads of an HTML page. */
export function scriptsOfHtml(html: string): { src?: string; inline?: string; module: boolean }[] {
  const found: { src?: string; inline?: string; module: boolean }[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1]!;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    // JSON and other data blocks are not scripts.
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/i.exec(attributes)?.[1];
    if (src) found.push({ src, module: type === 'module' });
    else if (match[2]!.trim()) found.push({ inline: match[2]!, module: type === 'module' });
  }
  for (const match of html.matchAll(/<link\b[^>]*\brel\s*=\s*["']?modulepreload["']?[^>]*>/gi)) {
    const src = /\bhref\s*=\s*["']([^"']+)["']/i.exec(match[0])?.[1];
    if (src) found.push({ src, module: true });
  }
  return found;
}

/**
 * The JavaScript the page at `pagePath` (a site path such as `/roles/x/`)
 * loads when it opens: inline scripts, script files, module preloads and
 * their static imports, each file counted once. Files are read from
 * `siteDir`, served at `base`.
 */
export async function pageScripts(siteDir: string, pagePath: string, base = '/'): Promise<PageScripts> {
  await init();
  const pageFile = join(siteDir, pagePath.slice(base.length), pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(pageFile, 'utf8');
  const scripts: PageScript[] = [];
  const seen = new Set<string>();
  const fileOf = (sitePath: string) => join(siteDir, decodeURIComponent(sitePath.slice(base.length)));
  const visit = (sitePath: string) => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    const path = fileOf(sitePath);
    if (!existsSync(path)) throw new Error(`${pagePath} loads ${sitePath}, which is not in ${siteDir}`);
    const code = readFileSync(path, 'utf8');
    scripts.push({ source: sitePath, bytes: Buffer.byteLength(code), gzipBytes: gzipBytes(code) });
    for (const specifier of staticImports(code)) visit(resolveUrl(specifier, sitePath));
  };
  for (const script of scriptsOfHtml(html)) {
    if (script.src !== undefined) {
      if (/^(https?:)?\/\//.test(script.src)) throw new Error(`${pagePath} loads a script from another site: ${script.src}`);
      visit(resolveUrl(script.src, pagePath));
    } else {
      const code = script.inline!;
      scripts.push({ source: 'inline', bytes: Buffer.byteLength(code), gzipBytes: gzipBytes(code) });
      if (script.module) for (const specifier of staticImports(code)) visit(resolveUrl(specifier, pagePath));
    }
  }
  return { scripts, bytes: scripts.reduce((n, s) => n + s.bytes, 0), gzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0) };
}

/** Specifiers of a module's static `import … from` / `export … from` statements (not `import()`). */
export function staticImports(code: string): string[] {
  const [imports] = parse(code);
  return imports.flatMap((i) => ((i.type === 'static' || i.type === 'reexport-star') && i.specifier ? [i.specifier] : []));
}

/** A specifier resolved against the site path of the file that imports it. */
function resolveUrl(specifier: string, from: string): string {
  const path = specifier.split(/[?#]/)[0]!;
  if (path.startsWith('/')) return path;
  const dir = from.endsWith('/') ? from : posix.dirname(from) + '/';
  return posix.normalize(posix.join(dir, path));
}
