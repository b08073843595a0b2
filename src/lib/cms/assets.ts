/**
 * The web editor's prebuilt files, served from the site itself (no CDN: the
 * handbook is often published on intranets without internet access).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** Files of the `@sveltia/cms` package the site publishes under admin/cms/. */
export const CMS_ASSETS = ['dist/sveltia-cms.js', 'locales/zh-CN.json', 'locales/zh-TW.json', 'locales/en-US.json'] as const;

/** The version prefix the editor fetches its translations from (unpkg), rewritten to admin/cms/ by the admin page. */
export const CMS_CDN_PREFIX = 'https://unpkg.com/@sveltia/cms@';

/**
 * Folder of the installed `@sveltia/cms` package. Resolved from the working
 * directory (the project, or a build's own root under node_modules/.astro), so it
 * works from Astro's bundled prerender code as from the tests.
 */
export function cmsPackageDir(from = process.cwd()): string {
  const require = createRequire(join(resolve(from), 'package.json'));
  // The package exports only its entry point, npm/index.js; the package folder is two levels up.
  return dirname(dirname(require.resolve('@sveltia/cms')));
}

/** Contents of one of `CMS_ASSETS`. */
export function readCmsAsset(file: (typeof CMS_ASSETS)[number]): Buffer {
  return readFileSync(join(cmsPackageDir(), file));
}
