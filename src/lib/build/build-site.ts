/**
 * The production build, as `npm run build` runs it:
 *
 * 1. check the output folder (never empty a folder that is not the build's own);
 * 2. `astro build` in a child process, with a root folder of its own (Astro
 *    keeps per-build state in `<root>/.astro`, so concurrent builds of
 *    different content must not share one) writing into a fresh staging
 *    folder beside the output folder;
 * 3. the search index over the staging folder, in this process once Astro
 *    has exited (peak memory is the larger of the two, not their sum);
 * 4. the offline version (web app manifest and service worker, see
 *    offline.ts) over the staging folder, so its precache lists the files as
 *    they will be published;
 * 5. only then the staging folder is swapped in. A failure or an interrupt
 *    at any step leaves the last good site untouched.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, realpathSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readSiteSettings } from '../content/site-settings.ts';
import { buildSearchIndex, closeSearchIndexer, type IndexSummary } from '../search/build-index.ts';
import { buildOffline, describeOffline } from './offline.ts';
import { formatRefusal, refuseOutputFolder } from './output-folder.ts';
import { createStaging, discardStaging, publishStaging, removeStaleStaging } from './publish.ts';

export interface BuildSiteOptions {
  /** The project folder (astro.config.mjs, src/, node_modules/). */
  projectRoot: string;
  /** Final output folder. */
  outDir: string;
  /** Content folder to build. */
  contentDir: string;
  /** Base path the site is served under (`/` or `/sub/`). */
  base: string;
  /** Environment for `astro build` (defaults to this process's). */
  env?: NodeJS.ProcessEnv;
  /** Extra arguments for `astro build`. */
  astroArgs?: string[];
  log?: (line: string) => void;
}

export type BuildSiteResult =
  | { ok: true; outDir: string; index: IndexSummary }
  | { ok: false; exitCode: number; message?: string };

/** Environment variables the build hands to `astro build` (read by astro.config.mjs and the integrations). */
export const BUILD_ENV = {
  root: 'HANDBOOK_BUILD_ROOT',
  staging: 'HANDBOOK_STAGING_DIR',
  separateIndex: 'HANDBOOK_SEARCH_INDEX_SEPARATELY',
} as const;

/** Runs a child process, forwarding its output; resolves with its exit code. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }, onChild: (kill: () => void) => void): Promise<number> {
  return new Promise((resolveExit) => {
    const child = spawn(command, args, { ...options, stdio: 'inherit' });
    onChild(() => child.kill('SIGTERM'));
    child.once('error', () => resolveExit(1));
    child.once('exit', (code, signal) => resolveExit(code ?? (signal ? 130 : 1)));
  });
}

/** Builds and publishes the site. Never throws for a refused folder or a failed build: see the result. */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const outDir = resolve(options.outDir);
  const contentDir = resolve(options.contentDir);
  const refusal = refuseOutputFolder(outDir, { projectRoot: options.projectRoot, contentDir });
  if (refusal) return { ok: false, exitCode: 2, message: formatRefusal(refusal) };

  removeStaleStaging(outDir);
  const staging = createStaging(outDir);
  // Under node_modules so that packages resolve from the build's root. Its real path is used:
  // node_modules may be a link into another checkout, and the config is found relative to it.
  const made = join(options.projectRoot, 'node_modules', '.astro', 'builds', `${process.pid}-${Date.now().toString(36)}`);
  mkdirSync(made, { recursive: true });
  const workspace = realpathSync(made);
  let killChild = () => {};
  let published = false;
  const cleanUp = () => {
    if (!published) discardStaging(staging);
    rmSync(workspace, { recursive: true, force: true });
  };
  // Ctrl-C or a service manager's stop: end Astro, remove the half-built folder, keep the old site.
  const onSignal = () => {
    killChild();
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const astroBin = join(options.projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
    const config = relative(workspace, realpathSync(join(options.projectRoot, 'astro.config.mjs')));
    const env: NodeJS.ProcessEnv = {
      // Rolldown (Vite's bundler) allocates with mimalloc, which by default keeps the memory its
      // idle threads freed after bundling; returning it at once saves ~0.4 GB per 2,000 entries.
      MIMALLOC_PURGE_DELAY: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(options.env ?? process.env),
      HANDBOOK_CONTENT_DIR: contentDir,
      HANDBOOK_OUT_DIR: outDir,
      HANDBOOK_TEMPLATES_DIR: resolve(options.env?.HANDBOOK_TEMPLATES_DIR ?? join(options.projectRoot, 'templates')),
      [BUILD_ENV.root]: workspace,
      [BUILD_ENV.staging]: staging,
      [BUILD_ENV.separateIndex]: '1',
    };
    const code = await run(process.execPath, [astroBin, 'build', '--root', workspace, '--config', config, ...(options.astroArgs ?? [])], { cwd: workspace, env }, (kill) => {
      killChild = kill;
    });
    if (code !== 0) return { ok: false, exitCode: code };

    const time = () => new Date().toTimeString().slice(0, 8);
    log(`${time()} [handbook-search] 正在建立全文搜索索引…`);
    const index = await buildSearchIndex(staging, options.base, (done, total) => log(`${time()} [handbook-search]   已读取 ${done}/${total} 个页面`));
    await closeSearchIndexer();
    log(`${time()} [handbook-search] 搜索索引完成:${index.pages} 个页面,${index.records} 条记录,用时 ${index.seconds.toFixed(1)} 秒`);
    const offline = await buildOffline(staging, options.base, readSiteSettings(contentDir));
    log(`${time()} [handbook-offline] ${describeOffline(offline)}`);
    publishStaging(staging, outDir);
    published = true;
    log(`${time()} [handbook-build] 网站已发布到 ${outDir}`);
    return { ok: true, outDir, index };
  } catch (error) {
    return { ok: false, exitCode: 1, message: `构建失败,原来的网站没有改动:${(error as Error).message}` };
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanUp();
  }
}
