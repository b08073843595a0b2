/**
 * The web editor's prebuilt files, served from the site itself (no CDN: the
 * handbook is often published on intranets without internet access).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';

/** A file the site publishes under admin/cms/: its path there, and where it comes from. */
export interface CmsAsset {
  /** Path under admin/cms/, e.g. `locales/zh-CN.json`. */
  route: string;
  /** npm package that ships it. */
  pkg: string;
  /** Path inside the package. */
  file: string;
}

/** The editor script, its translations and the two web fonts its interface loads. */
export const CMS_ASSETS: readonly CmsAsset[] = [
  { route: 'sveltia-cms.js', pkg: '@sveltia/cms', file: 'dist/sveltia-cms.js' },
  ...['zh-CN', 'zh-TW', 'en-US'].map((locale) => ({ route: `locales/${locale}.json`, pkg: '@sveltia/cms', file: `locales/${locale}.json` })),
  {
    route: 'fonts/material-symbols-outlined.woff2',
    pkg: '@fontsource-variable/material-symbols-outlined',
    file: 'files/material-symbols-outlined-latin-wght-normal.woff2',
  },
  { route: 'fonts/source-sans-3.woff2', pkg: '@fontsource-variable/source-sans-3', file: 'files/source-sans-3-latin-wght-normal.woff2' },
];

/** The prefix the editor fetches its translations from (unpkg); the admin page rewrites it to admin/cms/. */
export const CMS_CDN_PREFIX = 'https://unpkg.com/@sveltia/cms@';

/**
 * Web fonts the editor's stylesheet loads from jsdelivr, by the family's
 * path segment; the admin page points them at admin/cms/fonts/<name>.woff2.
 */
export const CMS_FONT_PATTERN = String.raw`https://cdn\.jsdelivr\.net/fontsource/fonts/(material-symbols-outlined|source-sans-3):vf@[^/]+/latin-wght-normal\.woff2`;

/**
 * Folder of an installed package. Resolved from the working directory (the
 * project, or a build's own root under node_modules/.astro), so it works from
 * Astro's bundled prerender code as from the tests.
 */
export function packageDir(pkg: string, from = process.cwd()): string {
  const require = createRequire(join(resolve(from), 'package.json'));
  // Packages may export only their entry point: walk up from it to the package's folder.
  let dir = dirname(require.resolve(pkg));
  const suffix = `${sep}node_modules${sep}${pkg.split('/').join(sep)}`;
  while (!dir.endsWith(suffix)) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of ${pkg}`);
    dir = parent;
  }
  return dir;
}

/** Folder of the installed `@sveltia/cms` package. */
export function cmsPackageDir(from = process.cwd()): string {
  return packageDir('@sveltia/cms', from);
}

/** Contents of one of `CMS_ASSETS`. */
export function readCmsAsset(asset: CmsAsset): Buffer {
  return readFileSync(join(packageDir(asset.pkg), asset.file));
}

/** The assets under a folder of admin/cms/ with an extension, by file name without it: `locales/`, `.json` → zh-CN … */
export function cmsAssetsIn(folder: string, extension: string): Array<{ name: string; asset: CmsAsset }> {
  return CMS_ASSETS.filter((asset) => asset.route.startsWith(folder) && asset.route.endsWith(extension)).map((asset) => ({
    name: asset.route.slice(folder.length, -extension.length),
    asset,
  }));
}

/** A response carrying one of `CMS_ASSETS`. */
export function cmsAssetResponse(asset: CmsAsset): Response {
  const types: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json; charset=utf-8', woff2: 'font/woff2' };
  return new Response(new Uint8Array(readCmsAsset(asset)), { headers: { 'Content-Type': types[asset.route.split('.').pop()!] ?? 'application/octet-stream' } });
}
