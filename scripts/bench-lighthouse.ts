/**
 * npm run bench:lighthouse — Lighthouse (mobile profile) on the built demo
 * site: home, a role, a procedure, a policy and the search page.
 *
 *   npm run bench:lighthouse -- [--site dist] [--build] [--out bench-out/lighthouse]
 *
 * Builds the site first when --site has no build (or with --build), copies it
 * to <out>/site with gzipped copies of its text files, serves that on
 * 127.0.0.1 with gzip (as the nginx example in the README does), and runs the
 * Lighthouse CLI once per page in headless Chromium (CHROME_PATH, default
 * /usr/bin/chromium). Prints the four category scores and load metrics per
 * page; writes each report to <out>/<page>.report.json and a summary to
 * <out>/results.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { precompress } from '../src/lib/bench/precompress.ts';
import { auditTable, CATEGORIES, meetsGoal, summarize, type PageAudit } from '../src/lib/bench/lighthouse-report.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { claimOutputFolder, formatRefusal } from '../src/lib/build/output-folder.ts';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    build: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-out/lighthouse' },
  },
});
const ROOT = resolve(import.meta.dirname, '..');
const built = resolve(args.site!);
const out = resolve(args.out!);
// The folder is emptied and refilled: never one the benchmark did not make.
const refusedOut = claimOutputFolder(out, { projectRoot: ROOT, contentDir: join(ROOT, 'content') });
if (refusedOut) {
  console.error(formatRefusal(refusedOut, { output: '评测结果', setting: '--out', defaultFolder: 'bench-out/lighthouse/' }));
  process.exit(2);
}
const step = (text: string) => console.log(`\n▶ ${text}`);
/** Runs a command with inherited output; resolves to its exit code. */
const run = (command: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<number | null>((resolve, reject) => spawn(command, args, { stdio: 'inherit', env }).on('error', reject).on('close', resolve));

const PAGES = [
  { name: '首页', path: '' },
  { name: '岗位', path: 'roles/yunying-jingli/' },
  { name: '流程', path: 'procedures/kaibidian/' },
  { name: '制度', path: 'policies/yunying-kaohe-banfa/' },
  { name: '搜索', path: 'search/' },
];

if (args.build || !existsSync(join(built, 'index.html'))) {
  step(`构建示例手册 → ${relative(ROOT, built)}`);
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, HANDBOOK_OUT_DIR: built } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

step(`复制站点并预压缩(gzip)→ ${relative(ROOT, join(out, 'site'))}`);
rmSync(out, { recursive: true, force: true });
claimOutputFolder(out, { projectRoot: ROOT, contentDir: join(ROOT, 'content') });
cpSync(built, join(out, 'site'), { recursive: true, filter: (source) => !source.endsWith('.gz') });
console.log(`  ${precompress(join(out, 'site'))} 个文件`);
const server = await serveStatic(join(out, 'site'), '/', { gzip: true });

const audits: PageAudit[] = [];
try {
  for (const page of PAGES) {
    const url = `${server.url}${page.path}`;
    step(`Lighthouse(移动设备):${page.name} ${url}`);
    const file = join(out, `${page.path.replace(/\/$/, '').replace(/\//g, '-') || 'home'}`);
    // Asynchronously: the server answering Lighthouse runs in this process.
    const status = await run(process.execPath, [
      join(ROOT, 'node_modules/lighthouse/cli/index.js'), url,
      '--quiet', '--output=json', `--output-path=${file}.report.json`,
      `--only-categories=${CATEGORIES.join(',')}`, '--form-factor=mobile',
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ], { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH });
    if (status !== 0) throw new Error(`Lighthouse failed on ${url} (exit code ${status})`);
    const audit = summarize(page.name, `/${page.path}`, JSON.parse(readFileSync(`${file}.report.json`, 'utf8')));
    audits.push(audit);
    console.log(`  ${CATEGORIES.map((c) => `${c} ${audit.scores[c]}`).join(',')}`);
    for (const f of audit.failing) console.log(`  ✘ [${f.category}] ${f.id}:${f.title}`);
  }
} finally {
  await server.close();
}

console.log(`\nLighthouse ${JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version},移动设备配置(模拟 4G 与 4 倍 CPU 降速),gzip 传输\n`);
console.log(auditTable(audits));
const allMet = audits.every(meetsGoal);
console.log(`\n目标(无障碍、最佳做法、SEO 均为 100,性能 ≥ 95):${allMet ? '✔ 全部页面达到' : `✘ 未达到:${audits.filter((a) => !meetsGoal(a)).map((a) => a.name).join('、')}`}`);
writeFileSync(join(out, 'results.json'), JSON.stringify({ date: new Date().toISOString(), pages: audits, goalMet: allMet }, null, 2));
console.log(`结果已写入 ${relative(ROOT, join(out, 'results.json'))}`);
