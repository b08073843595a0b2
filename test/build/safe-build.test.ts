/**
 * The build cannot destroy data: it refuses folders that are not its own,
 * publishes atomically (a failed or interrupted build leaves the last good
 * site as it was), and builds of different content run side by side.
 * Every dangerous case runs in a throw-away folder.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_STAMP } from '../../src/lib/build/output-folder.ts';
import { fixtureWith } from '../support/fixture.ts';
import { astroBuild, BUILD_TIMEOUT_MS, ROOT } from '../support/run-astro.ts';

const BUILD_SCRIPT = resolve(ROOT, 'scripts/build.ts');
const ASTRO_BIN = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');
// Telemetry off: Astro would otherwise write its settings into the (throw-away) home folder.
const env = (extra: Record<string, string>) => ({ ...process.env, NODE_ENV: 'production', FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...extra });

/** Every file below `dir` with its contents, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const path = join(dir, name);
    try {
      files[name] = readFileSync(path, 'utf8');
    } catch {
      files[name] = '<folder>';
    }
  }
  return files;
}

/** A folder full of someone's files, with a git repository. */
function someonesFolder(parent: string, name: string): string {
  const folder = join(parent, name);
  mkdirSync(join(folder, '.git'), { recursive: true });
  writeFileSync(join(folder, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(folder, '年度预算.xlsx'), 'numbers');
  mkdirSync(join(folder, 'photos'));
  writeFileSync(join(folder, 'photos', 'team.jpg'), 'jpeg');
  return folder;
}

/** The stylesheets an index.html links, as files of the site. */
function stylesheetsOf(site: string): string[] {
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  return [...html.matchAll(/<link[^>]+href="\/(_astro\/[^"]+\.css)"/g)].map((m) => join(site, m[1]!));
}

describe('output folder safety', () => {
  it.each([
    ['the home folder', (base: string) => ({ out: join(base, 'home'), home: join(base, 'home') })],
    ['a folder holding .git and files', (base: string) => ({ out: someonesFolder(base, 'work'), home: join(base, 'home') })],
  ])('npm run build and astro build refuse %s: exit 2, nothing deleted', (_name, make) => {
    const base = mkdtempSync(join(tmpdir(), 'safe-out-'));
    const { out, home } = make(base);
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, '.bashrc'), 'export PATH');
    const content = fixtureWith();
    const before = snapshot(base);
    for (const command of [[BUILD_SCRIPT], [ASTRO_BIN, 'build']]) {
      const result = spawnSync(process.execPath, command, {
        cwd: ROOT,
        env: env({ HOME: home, HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: out }),
        encoding: 'utf8',
        timeout: BUILD_TIMEOUT_MS,
      });
      const output = result.stdout + result.stderr;
      expect(result.status, output).toBe(2);
      expect(output).toContain(`不能把网站写到 ${out}`);
      expect(output).toContain('什么都没有改动');
      expect(snapshot(base)).toEqual(before);
    }
  });

  it('takes the output folder from --out too (over HANDBOOK_OUT_DIR), with the same refusal', () => {
    const base = mkdtempSync(join(tmpdir(), 'safe-out-'));
    const out = someonesFolder(base, 'work');
    const before = snapshot(base);
    const result = spawnSync(process.execPath, [BUILD_SCRIPT, '--out', out], {
      cwd: ROOT, env: env({ HANDBOOK_CONTENT_DIR: fixtureWith(), HANDBOOK_OUT_DIR: join(base, 'elsewhere') }), encoding: 'utf8', timeout: BUILD_TIMEOUT_MS,
    });
    expect(result.status, result.stdout + result.stderr).toBe(2);
    expect(result.stdout + result.stderr).toContain(`不能把网站写到 ${out}`);
    expect(snapshot(base)).toEqual(before);
    const missing = spawnSync(process.execPath, [BUILD_SCRIPT, '--out'], { cwd: ROOT, env: env({}), encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--out 后面要写输出文件夹');
  });

  it('refuses the content folder itself', () => {
    const content = fixtureWith();
    const before = snapshot(content);
    const result = astroBuild({ HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: content });
    expect(result.status, result.stdout + result.stderr).toBe(2);
    expect(result.stderr).toContain('这是手册的内容文件夹');
    expect(snapshot(content)).toEqual(before);
  });
});

describe('atomic publish', () => {
  it('replaces its own earlier site, and an interrupted or crashed build leaves the last good site untouched', async () => {
    const content = fixtureWith();
    const parent = mkdtempSync(join(tmpdir(), 'safe-publish-'));
    const out = join(parent, 'site');
    const first = astroBuild({ HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: out, HANDBOOK_BUILD_DATE: '2026-11-22' });
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(existsSync(join(out, SITE_STAMP))).toBe(true);
    expect(existsSync(join(out, 'pagefind', 'search.json'))).toBe(true);
    const good = snapshot(out);

    // Interrupted (Ctrl-C, a service stop) while Astro renders; then Astro itself killed mid-build.
    for (const victim of ['build', 'astro'] as const) {
      writeFileSync(join(content, 'site.yaml'), readFileSync(join(content, 'site.yaml'), 'utf8').replace('测试手册', `测试手册-${victim}`));
      const child = spawn(process.execPath, [BUILD_SCRIPT], { cwd: ROOT, env: env({ HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: out }) });
      let output = '';
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      await new Promise<void>((started) => {
        const watch = (chunk: Buffer) => {
          output += chunk.toString();
          if (/\[build\]|\[content\]/.test(output)) started();
        };
        child.stdout.on('data', watch);
        child.stderr.on('data', watch);
      });
      if (victim === 'build') child.kill('SIGTERM');
      else execFileSync('pkill', ['-KILL', '-P', String(child.pid)]);
      const code = await exited;
      expect(code, output).not.toBe(0);
      expect(snapshot(out)).toEqual(good);
      expect(readdirSync(parent), `${victim}: staging folder left behind`).toEqual(['site']);
    }

    const again = astroBuild({ HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: out, HANDBOOK_BUILD_DATE: '2026-11-22' });
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('测试手册-astro');
    expect(readdirSync(parent)).toEqual(['site']);
  });
});

describe('concurrent builds', () => {
  it('two builds of different content into different folders at once both succeed, each complete', async () => {
    const sites = ['甲', '乙'].map((name) => {
      const content = fixtureWith([{ file: 'site.yaml', replace: '测试手册', with: `${name}公司手册` }]);
      return { name, content, out: join(mkdtempSync(join(tmpdir(), 'concurrent-')), 'site') };
    });
    const results = await Promise.all(
      sites.map(
        ({ content, out }) =>
          new Promise<{ code: number | null; output: string }>((done) => {
            const child = spawn(process.execPath, [BUILD_SCRIPT], { cwd: ROOT, env: env({ HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: out, HANDBOOK_BUILD_DATE: '2026-11-22' }) });
            let output = '';
            child.stdout.on('data', (c: Buffer) => (output += c.toString()));
            child.stderr.on('data', (c: Buffer) => (output += c.toString()));
            child.once('exit', (code) => done({ code, output }));
          }),
      ),
    );
    for (const [i, { name, out }] of sites.entries()) {
      expect(results[i]!.code, results[i]!.output).toBe(0);
      const home = readFileSync(join(out, 'index.html'), 'utf8');
      expect(home).toContain(`${name}公司手册`);
      expect(home).not.toContain(`${sites[1 - i]!.name}公司手册`);
      const css = stylesheetsOf(out);
      expect(css.length).toBeGreaterThan(0);
      for (const file of css) expect(existsSync(file), file).toBe(true);
      expect(existsSync(join(out, 'pagefind', 'search.json'))).toBe(true);
    }
  });
});
