/**
 * Offline reading: after a first visit the handbook opens without a network
 * (a phone in a basement storeroom, a lift, a plane).
 *
 * Runs over the finished site folder (after the search index, before the
 * site is published) and writes
 *
 * - `manifest.webmanifest` and PNG icons (app-icon.ts), so phones can add the
 *   handbook to the home screen;
 * - `sw.js`, a Workbox service worker (workbox-build's generateSW) whose
 *   precache manifest lists the files chosen by {@link planPrecache} with a
 *   content hash each, so a new build replaces exactly what changed and the
 *   old caches are removed when it takes over.
 *
 * What is precached (downloaded in the background after the first visit):
 * the reading pages, the scripts and styles they load, the icons and, when it
 * is small, the search index. Print volumes, the report form (/new/), Word
 * files and the feed are fetched when used and kept for offline use then;
 * /admin/ (the editor) is never touched by the service worker.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { generateSW } from 'workbox-build';
import { appIconFiles } from './app-icon.ts';
import { SITE_STAMP } from './output-folder.ts';

/** Where the offline fallback page is: shown for a page that was never saved. */
const OFFLINE_PAGE = 'offline/index.html';
const SERVICE_WORKER = 'sw.js';
const WEB_MANIFEST = 'manifest.webmanifest';

/**
 * Precache budgets. Reading pages are small (the demo's 74 are 1.8 MB, its
 * search index 0.8 MB); a generated handbook of ~2,200 pages has 37 MB of
 * reading pages and a 16 MB index, which no phone should download on its
 * first visit. Pages
 * fill the page budget in the order of {@link pagePriority}; the others are
 * saved as they are read. The search index is precached whole when it fits
 * its budget, otherwise the parts a search used are kept.
 */
const PRECACHE_LIMITS = { pageBytes: 10 * 1024 * 1024, searchBytes: 4 * 1024 * 1024 };

export interface SiteFile {
  /** Path relative to the site folder, with `/`. */
  path: string;
  size: number;
}

export type FileRole =
  /** Never handled by the service worker. */
  | 'skip'
  /** A reading page: precached within the page budget. */
  | 'page'
  /** A page kept once visited (print volumes, the report form). */
  | 'visited-page'
  /** Hashed bundle in `_astro/`: precached when a precached page loads it. */
  | 'asset'
  /** Search index file (`pagefind/`). */
  | 'search'
  /** Icons, favicon, manifest: always precached. */
  | 'static'
  /** Other files (report form data …): fetched as usual. */
  | 'other';

/** What a file of the built site is, for offline purposes. */
export function fileRole(path: string): FileRole {
  const top = path.split('/')[0]!;
  if (top === 'admin' || path === SERVICE_WORKER || /^workbox-[\w-]+\.js$/.test(path) || path === SITE_STAMP) return 'skip';
  if (/\.(map|docx|xml)$/.test(path)) return 'skip';
  if (path.endsWith('.html')) {
    // Print volumes repeat whole departments (large), the form needs the network to be useful.
    if (top === 'print' || top === 'new' || path === '404.html') return 'visited-page';
    return 'page';
  }
  if (top === '_astro') return 'asset';
  if (top === 'pagefind') return 'search';
  if (!path.includes('/') && /\.(svg|png|ico|webmanifest)$/.test(path)) return 'static';
  return 'other';
}

/** Pages always precached, whatever the budget: the way in, the search, the fallback. */
const CORE_PAGES = new Set(['index.html', 'search/index.html', OFFLINE_PAGE]);

/**
 * Which reading pages fill the budget first (lower first): what someone away
 * from a desk must be able to look up — what to do (procedures), the rules,
 * who does what — before reports and lists.
 */
export function pagePriority(path: string): number {
  if (CORE_PAGES.has(path)) return 0;
  const [top, second] = path.split('/');
  const entry = second !== undefined && second !== 'index.html' && second !== 'page';
  const order: Record<string, number> = { procedures: 1, policies: 2, roles: 3, departments: 4, org: 4 };
  return entry || top === 'org' ? (order[top!] ?? 5) : 5;
}

/** File names of `_astro/` bundles a page or script mentions (HTML `src`/`href`, static and dynamic imports). */
export function assetNamesIn(text: string): string[] {
  return [...text.matchAll(/[\w.-]+\.(?:m?js|css|woff2?|ttf|svg|png|webp|jpe?g|gif)\b/g)].map((m) => m[0]);
}

export interface PrecachePlan {
  /** Paths to precache, relative to the site folder. */
  precache: string[];
  /** Whether every reading page is precached (false: over the page budget, see {@link pagePriority}). */
  allPages: boolean;
  /** How many reading pages are precached, of how many. */
  pageCount: { precached: number; total: number };
  /** Whether the whole search index is precached (false: over the search budget). */
  search: boolean;
  bytes: { pages: number; assets: number; search: number; static: number; total: number };
}

/**
 * Chooses the files to precache. `read` returns a file's text (pages and
 * `_astro/` scripts are read to follow which bundles a precached page needs,
 * so the report form's Word generator is not downloaded by every reader).
 */
export function planPrecache(files: SiteFile[], read: (path: string) => string, limits = PRECACHE_LIMITS): PrecachePlan {
  const byRole = (role: FileRole) => files.filter((f) => fileRole(f.path) === role);
  const sum = (list: SiteFile[]) => list.reduce((n, f) => n + f.size, 0);
  const allPageFiles = byRole('page');
  const ranked = [...allPageFiles].sort((a, b) => pagePriority(a.path) - pagePriority(b.path) || a.path.localeCompare(b.path));
  const pages: SiteFile[] = [];
  let pageBytes = 0;
  for (const file of ranked) {
    if (pagePriority(file.path) > 0 && pageBytes + file.size > limits.pageBytes) break;
    pages.push(file);
    pageBytes += file.size;
  }
  const allPages = pages.length === allPageFiles.length;
  const searchFiles = byRole('search');
  const search = sum(searchFiles) <= limits.searchBytes;
  const statics = byRole('static');

  // Bundles reachable from the precached pages, following imports between bundles.
  const assets = new Map(byRole('asset').map((f) => [f.path.slice('_astro/'.length), f]));
  const needed = new Map<string, SiteFile>();
  const queue = pages.map((f) => f.path);
  while (queue.length > 0) {
    for (const name of assetNamesIn(read(queue.pop()!))) {
      const asset = assets.get(name);
      if (!asset || needed.has(name)) continue;
      needed.set(name, asset);
      if (/\.m?js$|\.css$/.test(name)) queue.push(asset.path);
    }
  }
  const chosen = [...pages, ...needed.values(), ...(search ? searchFiles : []), ...statics];
  const bytes = { pages: sum(pages), assets: sum([...needed.values()]), search: search ? sum(searchFiles) : 0, static: sum(statics), total: sum(chosen) };
  return { precache: chosen.map((f) => f.path).sort(), allPages, pageCount: { precached: pages.length, total: allPageFiles.length }, search, bytes };
}

/** Every file below `dir`, with `/` separators and sizes. */
function listSiteFiles(dir: string): SiteFile[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .flatMap((path) => {
      const stat = statSync(join(dir, path));
      return stat.isFile() ? [{ path: path.split(sep).join('/'), size: stat.size }] : [];
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export interface ManifestSite {
  title: string;
  company: string;
  description: string;
}

/** The web app manifest: name from site.yaml, start and scope at the base path, public/icon.svg and the PNGs of app-icon.ts. */
export function webManifest(site: ManifestSite, base: string): Record<string, unknown> {
  const root = base.replace(/\/?$/, '/');
  return {
    name: `${site.title} · ${site.company}`,
    short_name: site.title,
    description: site.description,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: root,
    scope: root,
    id: root,
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#0b5f8a',
    icons: [
      { src: `${root}icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: `${root}icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: `${root}icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: `${root}icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

export interface OfflineSummary {
  plan: PrecachePlan;
  /** Files in the precache manifest and their total size, as Workbox counted them. */
  count: number;
  size: number;
  warnings: string[];
  seconds: number;
}

/*
 * The functions below are copied into sw.js as source text (Workbox
 * serialises runtime-caching options), so they may use nothing from this
 * module: only what a service worker has (`self`).
 */

/** Tells the open pages whether the network answered, for the "离线" badge. */
const networkStatusPlugin = {
  fetchDidFail: async () => {
    const pages = await (self as any).clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const page of pages) page.postMessage({ type: 'handbook-network', online: false });
  },
  fetchDidSucceed: async ({ response }: { response: Response }) => {
    const pages = await (self as any).clients.matchAll({ type: 'window', includeUncontrolled: true });
    for (const page of pages) page.postMessage({ type: 'handbook-network', online: true });
    return response;
  },
};

/** Page loads inside the site, except the editor (it talks to the repository host and must never be stale). */
const isReadingNavigation = ({ request, url }: { request: Request; url: URL }) => {
  const scope = (self as any).registration.scope as string;
  return request.mode === 'navigate' && url.href.startsWith(scope) && !url.href.startsWith(`${scope}admin/`);
};
const isBundle = ({ url }: { url: URL }) => url.href.startsWith(`${(self as any).registration.scope}_astro/`);
const isSearchIndex = ({ url }: { url: URL }) => url.href.startsWith(`${(self as any).registration.scope}pagefind/`);

/**
 * Writes manifest.webmanifest and sw.js into the built site in `siteDir`
 * (served under `base`). Call it after the search index, before publishing.
 */
export async function buildOffline(siteDir: string, base: string, site: ManifestSite): Promise<OfflineSummary> {
  const started = performance.now();
  writeFileSync(join(siteDir, WEB_MANIFEST), `${JSON.stringify(webManifest(site, base), null, 2)}\n`);
  for (const [name, png] of Object.entries(appIconFiles())) writeFileSync(join(siteDir, name), png);
  const files = listSiteFiles(siteDir);
  if (!files.some((f) => f.path === OFFLINE_PAGE)) throw new Error(`离线版本需要的页面 ${OFFLINE_PAGE} 没有生成`);
  const plan = planPrecache(files, (path) => readFileSync(join(siteDir, path), 'utf8'));
  const wanted = new Set(plan.precache);
  // Cache names carry the base path: two handbooks on one host must not share caches.
  const cache = (name: string) => `handbook-${name}-${base}`;
  const result = await generateSW({
    globDirectory: siteDir,
    globPatterns: ['**/*'],
    globIgnores: ['admin/**', SERVICE_WORKER],
    manifestTransforms: [async (entries) => ({ manifest: entries.filter((e) => wanted.has(e.url)), warnings: [] })],
    // The plan decides what is too big; Workbox's own 2 MB cut would drop files silently.
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    // Bundle names already carry a content hash.
    dontCacheBustURLsMatching: /^_astro\//,
    swDest: join(siteDir, SERVICE_WORKER),
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // A new build takes over at once and drops the old precache; the page says "手册已更新" (src/scripts/offline.ts).
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // /search/?q=… is the precached search page; no page of this site depends on its query string.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    runtimeCaching: [
      {
        urlPattern: isReadingNavigation,
        handler: 'NetworkFirst',
        options: {
          cacheName: cache('pages'),
          // A phone on one bar of signal gets the saved page instead of a blank screen.
          networkTimeoutSeconds: 6,
          expiration: { maxEntries: 400 },
          precacheFallback: { fallbackURL: OFFLINE_PAGE },
          plugins: [networkStatusPlugin],
        },
      },
      {
        urlPattern: isBundle,
        handler: 'CacheFirst',
        options: { cacheName: cache('assets'), expiration: { maxEntries: 100 } },
      },
      {
        urlPattern: isSearchIndex,
        handler: 'NetworkFirst',
        options: { cacheName: cache('search'), expiration: { maxEntries: 2000 }, plugins: [networkStatusPlugin] },
      },
    ],
  });
  return {
    plan,
    count: result.count,
    size: result.size,
    warnings: result.warnings,
    seconds: (performance.now() - started) / 1000,
  };
}

/** One log line about the offline version, in the build's words. */
export function describeOffline(summary: OfflineSummary): string {
  const mb = (n: number) => (n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);
  const { plan } = summary;
  const parts = [
    `离线版本:预存 ${summary.count} 个文件,共 ${mb(summary.size)}`,
    plan.allPages
      ? `页面 ${plan.pageCount.total} 个 ${mb(plan.bytes.pages)}`
      : `页面 ${plan.pageCount.precached}/${plan.pageCount.total} 个 ${mb(plan.bytes.pages)}(超出预算,先存流程、制度、岗位,其余看过后保存)`,
    `脚本和样式 ${mb(plan.bytes.assets)}`,
    plan.search ? `搜索索引 ${mb(plan.bytes.search)}` : '搜索索引较大,不预存,搜索过的部分离线可用',
  ];
  return `${parts.join(',')},用时 ${summary.seconds.toFixed(1)} 秒`;
}
