/**
 * npm run bench:build — builds this project and a Starlight site over the
 * same generated handbook, at several sizes, and compares them.
 *
 *   npm run bench:build -- [--sizes 500,2000,10000] [--runs 1] [--sites ours,starlight] [--keep] [--out bench-out/build]
 *
 * For each size N: generates the demo handbook plus N entries (a quarter in
 * Traditional script), builds this site (search index included: it is built
 * inside `astro build`) and a Starlight site of the same entries as plain MDX
 * pages (Starlight's Pagefind search on, sidebar by department), each from a
 * cold cache, and measures wall time, CPU time and peak memory of the whole
 * process tree, pages, pages per second, output size, HTML per page (gzip)
 * and the JavaScript a content page loads when it opens. Starlight lives in
 * bench/starlight/ with its own dependencies, installed on first use.
 * Prints tables and writes <out>/results.json; build outputs are deleted
 * after measuring unless --keep is given.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, statfsSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkGoals, goalLines, growthTable, sizeTable, type BuildFigures, type Site, type SizeResult } from '../src/lib/bench/build-report.ts';
import { generateHandbook } from '../src/lib/bench/generate-handbook.ts';
import { measureProcess, type ProcessMeasurement } from '../src/lib/bench/measure-process.ts';
import { pageScripts, siteSize, type PageScripts, type SiteSize } from '../src/lib/bench/site-stats.ts';
import { writeStarlightCorpus } from '../src/lib/bench/starlight-corpus.ts';
import { checkHandbook } from '../src/lib/content/check.ts';
import { readSiteSettings } from '../src/lib/content/site-settings.ts';
import { claimOutputFolder, formatRefusal } from '../src/lib/build/output-folder.ts';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000,10000' },
    runs: { type: 'string', default: '1' },
    sites: { type: 'string', default: 'ours,starlight' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-out/build' },
  },
});
const sizes = args.sizes!.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
const runs = Number(args.runs);
const sites = args.sites!.split(',') as Site[];
if (sizes.some((n) => !Number.isInteger(n) || n < 0) || !Number.isInteger(runs) || runs < 1 || sites.some((s) => s !== 'ours' && s !== 'starlight')) {
  console.error('用法:npm run bench:build -- [--sizes 500,2000,10000] [--runs 1] [--sites ours,starlight] [--keep] [--out 目录]');
  process.exit(2);
}

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(args.out!);
// The folder is emptied and refilled: never one the benchmark did not make.
const refusedOut = claimOutputFolder(OUT, { projectRoot: ROOT, contentDir: join(ROOT, 'content') });
if (refusedOut) {
  console.error(formatRefusal(refusedOut, { output: '评测结果', setting: '--out', defaultFolder: 'bench-out/build/' }));
  process.exit(2);
}
const STARLIGHT = join(ROOT, 'bench/starlight');
const BUILD = join(ROOT, 'scripts/build.ts');
const STARLIGHT_ASTRO = join(STARLIGHT, 'node_modules/astro/bin/astro.mjs');
const step = (text: string) => console.log(`\n▶ ${text}`);
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GB`;
const freeDisk = () => {
  const s = statfsSync(OUT);
  return s.bavail * s.bsize;
};

/** Runs a build, printing a progress line every 15 s (elapsed time, memory of the tree, the build's last line). */
async function build(command: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<ProcessMeasurement> {
  let last = '';
  let nextReport = 15;
  const result = await measureProcess(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    onLine: (line) => {
      if (line.trim()) last = line.trim();
    },
    onSample: (rss, seconds) => {
      if (seconds < nextReport) return;
      nextReport += 15;
      console.log(`    … ${seconds.toFixed(0)} s,内存 ${gb(rss)}:${last.slice(0, 90)}`);
    },
  });
  if (result.exitCode !== 0) {
    console.error(result.output.slice(-40).join('\n'));
    throw new BuildError(result);
  }
  return result;
}

class BuildError extends Error {
  readonly measurement: ProcessMeasurement;
  constructor(measurement: ProcessMeasurement) {
    super(`the build exited with code ${measurement.exitCode}`);
    this.measurement = measurement;
  }
}

/** Figures of one build of a site in `dist`, whose content page is `pagePath`. */
async function weigh(dist: string, pagePath: string): Promise<{ size: SiteSize; scripts: PageScripts }> {
  const size = siteSize(dist, (pages) => console.log(`    … 已称量 ${pages} 个页面`));
  const scripts = await pageScripts(dist, pagePath);
  return { size, scripts };
}

function figures(run: ProcessMeasurement, size: SiteSize, scripts: PageScripts): BuildFigures {
  return {
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    peakRssBytes: run.peakRssBytes,
    pages: size.pages,
    pagesPerSecond: size.pages / run.wallSeconds,
    distBytes: size.bytes,
    htmlGzipPerPage: size.htmlGzipPerPage,
    contentPageJsGzip: scripts.gzipBytes,
  };
}

function printRun(site: string, run: number, f: BuildFigures) {
  console.log(`  ${site} 第 ${run} 次:${f.wallSeconds.toFixed(1)} s,CPU ${f.cpuSeconds.toFixed(1)} s,峰值内存 ${gb(f.peakRssBytes)},${f.pages} 页,${f.pagesPerSecond.toFixed(1)} 页/秒`);
}

function ensureStarlight() {
  if (existsSync(STARLIGHT_ASTRO)) return;
  step(`安装 Starlight(仅供基准测试):npm install --prefix ${relative(ROOT, STARLIGHT)}`);
  const install = spawnSync('npm', ['install', '--prefix', STARLIGHT, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0 || !existsSync(STARLIGHT_ASTRO)) throw new Error('Installing Starlight failed');
}

mkdirSync(OUT, { recursive: true });
const siteTitle = readSiteSettings(join(ROOT, 'content')).title;
const results: (SizeResult & { details: Record<string, unknown> })[] = [];
const report = () => ({
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryBytes: totalmem(), node: process.version },
  options: { sizes, runs, sites },
  sizes: results,
  goals: checkGoals(results),
});

for (const generated of sizes) {
  const dir = join(OUT, `n${generated}`);
  const contentDir = join(dir, 'content');
  step(`N = ${generated}:生成语料(示例手册 + ${generated} 个生成条目)→ ${relative(ROOT, contentDir)}`);
  const corpus = generateHandbook({ sourceDir: join(ROOT, 'content'), outDir: contentDir, count: generated });
  const { entries } = checkHandbook(contentDir, { root: ROOT });
  console.log(`  ${entries.length} 个条目:${JSON.stringify(corpus.byCollection)}`);
  const result: SizeResult & { details: Record<string, unknown> } = { generated, entries: entries.length, runs: {}, details: {} };
  results.push(result);

  if (sites.includes('ours')) {
    const dist = join(dir, 'ours');
    const cacheDir = join(ROOT, 'node_modules/.astro', contentDir.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, ''));
    const measured: ProcessMeasurement[] = [];
    for (let run = 1; run <= runs; run++) {
      step(`N = ${generated}:构建本项目(含搜索索引),第 ${run}/${runs} 次,冷缓存`);
      rmSync(dist, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
      // What `npm run build` runs: astro build, then the search index in a fresh process.
      measured.push(await build([process.execPath, BUILD], ROOT, { HANDBOOK_CONTENT_DIR: contentDir, HANDBOOK_OUT_DIR: dist }));
      console.log(`  用时 ${measured.at(-1)!.wallSeconds.toFixed(1)} s`);
    }
    step(`N = ${generated}:称量本项目的输出`);
    const page = '/roles/gen-role-00001/';
    const { size, scripts } = await weigh(dist, page);
    result.runs.ours = measured.map((m) => figures(m, size, scripts));
    result.runs.ours.forEach((f, i) => printRun('本项目', i + 1, f));
    result.details.ours = { size, contentPage: page, scripts: scripts.scripts };
    if (!args.keep) rmSync(dist, { recursive: true, force: true });
  }

  if (sites.includes('starlight')) {
    ensureStarlight();
    const project = join(dir, 'starlight');
    step(`N = ${generated}:写出 Starlight 页面(同样的条目,普通 MDX)→ ${relative(ROOT, project)}`);
    rmSync(project, { recursive: true, force: true });
    mkdirSync(join(project, 'src'), { recursive: true });
    const written = writeStarlightCorpus(entries, join(project, 'src/content/docs'), siteTitle);
    copyFileSync(join(STARLIGHT, 'package.json'), join(project, 'package.json'));
    copyFileSync(join(STARLIGHT, 'astro.config.mjs'), join(project, 'astro.config.mjs'));
    copyFileSync(join(STARLIGHT, 'src/content.config.ts'), join(project, 'src/content.config.ts'));
    writeFileSync(join(project, 'sidebar.json'), JSON.stringify(written.sidebar, null, 2));
    symlinkSync(join(STARLIGHT, 'node_modules'), join(project, 'node_modules'), 'dir');
    console.log(`  ${written.pages} 个页面;磁盘剩余 ${gb(freeDisk())}`);
    const dist = join(project, 'dist');
    const measured: ProcessMeasurement[] = [];
    try {
      for (let run = 1; run <= runs; run++) {
        step(`N = ${generated}:构建 Starlight(含 Pagefind 搜索),第 ${run}/${runs} 次,冷缓存`);
        for (const d of [dist, join(project, '.astro-cache'), join(project, '.vite-cache'), join(project, '.astro')]) rmSync(d, { recursive: true, force: true });
        measured.push(await build([process.execPath, STARLIGHT_ASTRO, 'build'], project, {}));
        console.log(`  用时 ${measured.at(-1)!.wallSeconds.toFixed(1)} s;磁盘剩余 ${gb(freeDisk())}`);
      }
      step(`N = ${generated}:称量 Starlight 的输出`);
      const page = `/${written.sampleRolePage!.replace(/\.mdx$/, '')}/`;
      const { size, scripts } = await weigh(dist, page);
      result.runs.starlight = measured.map((m) => figures(m, size, scripts));
      result.runs.starlight.forEach((f, i) => printRun('Starlight', i + 1, f));
      result.details.starlight = { size, contentPage: page, scripts: scripts.scripts };
    } catch (error) {
      // A Starlight build that fails (e.g. out of memory at large N) is a result too: report it and go on.
      const failed = error instanceof BuildError ? error.measurement : undefined;
      console.log(`  ✘ Starlight 构建失败:${(error as Error).message}`);
      if (failed) console.log(`    ${failed.wallSeconds.toFixed(1)} s 后退出,峰值内存 ${gb(failed.peakRssBytes)};最后的输出:\n${failed.output.slice(-8).map((l) => `    | ${l}`).join('\n')}`);
      result.details.starlightFailure = {
        message: (error as Error).message,
        ...(failed ? { exitCode: failed.exitCode, wallSeconds: failed.wallSeconds, cpuSeconds: failed.cpuSeconds, peakRssBytes: failed.peakRssBytes, lastLines: failed.output.slice(-20) } : {}),
      };
    }
    if (!args.keep) rmSync(project, { recursive: true, force: true });
  }

  console.log(`\n${sizeTable(result)}`);
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(report(), null, 2));
}

console.log('\n════════ 构建基准:本项目 vs Starlight ════════');
console.log(`机器:${cpus().length} 个 CPU,内存 ${gb(totalmem())};Node ${process.version};每个规模 ${runs} 次运行${runs > 1 ? '(取中位数)' : ''}`);
for (const result of results) console.log(`\n${sizeTable(result)}`);
const growth = growthTable(results);
if (growth) console.log(`\n${growth}`);
const goals = checkGoals(results);
if (goals.length) console.log(`\n目标(issue #7):\n${goalLines(goals)}`);
writeFileSync(join(OUT, 'results.json'), JSON.stringify(report(), null, 2));
console.log(`\n结果已写入 ${relative(ROOT, join(OUT, 'results.json'))}`);
