/**
 * `npm run import` end to end: the gold-labelled fixture set imports into a
 * copy of the fixture handbook as drafts that pass the handbook checker; a
 * second run writes nothing; bad input gets one clear message per file and
 * never stops the run; nothing existing is overwritten.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/lib/content/check.ts';
import { fixtureWith } from '../support/fixture.ts';
import { ROOT } from '../support/run-astro.ts';

const GOLD_SET = resolve(ROOT, 'test/fixtures/import/gold-set');

function runImport(args: string[], cwd = mkdtempSync(join(tmpdir(), 'import-run-'))) {
  const report = join(cwd, 'import-report.md');
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args, '--date', '2026-11-22', '--report', report], { cwd, encoding: 'utf8' });
  return { ...result, cwd, report: () => JSON.parse(readFileSync(join(cwd, 'import-report.json'), 'utf8')) };
}

function filesUnder(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(path, statSync(path).mtimeMs);
    }
  };
  walk(dir);
  return out;
}

describe('npm run import', () => {
  it('imports the fixture set as drafts that pass the handbook checker, and is idempotent', () => {
    const content = fixtureWith();
    const before = filesUnder(content);
    const first = runImport([GOLD_SET, '--out', content]);
    expect(first.stderr).toBe('');
    const report = first.report();
    expect(report.summary.written).toBeGreaterThan(5);
    expect(report.summary.invalid).toBe(0);
    expect(first.stdout).toContain('写入');

    // Every written draft is valid, marked draft, and says where it came from.
    const { problems, entries } = checkHandbook(content, { root: content });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const imported = entries.filter((e) => (e.data as { source?: unknown }).source);
    expect(imported.length).toBe(report.summary.written);
    for (const entry of imported) {
      expect((entry.data as { status: string }).status).toBe('draft');
      expect((entry.data as { source: { file: string; lines: string } }).source.lines).toMatch(/^\d+-\d+$/);
    }
    // Existing content untouched.
    for (const [path, mtime] of before) expect(statSync(path).mtimeMs).toBe(mtime);

    const second = runImport([GOLD_SET, '--out', content]);
    const again = second.report();
    expect(again.summary.written).toBe(0);
    expect(again.summary.unchanged).toBe(report.summary.written - report.documents.filter((d: { kind: string; fingerprint: string }) => d.fingerprint.startsWith('department:')).length);
    expect(filesUnder(content).size).toBe(before.size + report.summary.written);
  });

  it('writes nothing with --dry-run but reports what it would write', () => {
    const content = fixtureWith();
    const before = filesUnder(content).size;
    const run = runImport([GOLD_SET, '--out', content, '--dry-run']);
    expect(run.report().summary.wouldWrite).toBeGreaterThan(5);
    expect(filesUnder(content).size).toBe(before);
  });

  it('reports bad input per file and carries on with the good files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-bad-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x80, 0x00, 0x7f, 0x00]));
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4'); // a PDF header and nothing else: a broken file
    // A sparse 50 MB file: the importer must refuse it by size without reading it.
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'role.txt'), '运营部岗位职责\n1、负责商场日常营运管理;\n2、负责组织每日晨会;\n任职要求:\n1、大专及以上学历;\n2、有商场管理经验者优先。\n');
    const content = fixtureWith();
    const run = runImport([dir, join(dir, 'missing.txt'), '--out', content]);
    expect(run.status).toBe(1);
    const messages = Object.fromEntries(run.report().files.map((f: { path: string; error?: string }) => [f.path.split(/[\\/]/).pop(), f.error]));
    expect(messages['empty.txt']).toContain('空');
    expect(messages['binary.txt']).toContain('不是文本文件');
    expect(messages['huge.txt']).toContain('太大');
    expect(messages['scan.pdf']).toContain('不是有效的 PDF 文件');
    expect(messages['missing.txt']).toBeDefined();
    expect(messages['role.txt']).toBeUndefined();
    expect(run.report().summary.written).toBeGreaterThanOrEqual(1);
    expect(run.stdout).toMatch(/✖ .*huge\.txt/);
  });

  it('writes a timestamped report next to the output folder, never into the current folder, and never over an earlier one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-where-'));
    const cwd = mkdtempSync(join(tmpdir(), 'import-cwd-'));
    const input = join(dir, 'role.txt');
    writeFileSync(input, '运营部岗位职责\n1、负责商场日常营运管理;\n2、负责组织每日晨会;\n任职要求:\n1、大专及以上学历;\n');
    const out = join(dir, 'content');
    for (let run = 0; run < 2; run += 1) {
      const result = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), input, '--out', out, '--dry-run', '--date', '2026-11-22'], { cwd, encoding: 'utf8' });
      expect(result.status, result.stdout + result.stderr).toBe(0);
    }
    expect(readdirSync(cwd)).toEqual([]);
    const reports = readdirSync(join(dir, 'import-reports')).sort();
    // Two runs in the same second get -2; otherwise two time stamps.
    expect(reports).toHaveLength(4);
    for (const name of reports) expect(name).toMatch(/^import-report-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(-2)?\.(md|json)$/);
  });

  it('fails a file with no documents or too much deleted as noise, in red only on a terminal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-loss-'));
    writeFileSync(join(dir, 'essay.txt'), '我的一天\n今天天气很好,我和妈妈去公园散步,看到了很多花,心情非常愉快。\n晚上回家写作业,然后睡觉。\n');
    const role = '运营部岗位职责\n1、负责商场日常营运管理;\n2、负责组织每日晨会;\n任职要求:\n1、大专及以上学历;\n';
    const chrome = Array.from({ length: 30 }, (_, i) => `相关文章:运营管理第${i + 1}期合集推荐阅读更多精彩内容`).join('\n');
    writeFileSync(join(dir, 'mostly-chrome.txt'), `${role}${chrome}\n`);
    const run = runImport([dir, '--dry-run']);
    expect(run.status).toBe(1);
    const files = Object.fromEntries(run.report().files.map((f: { path: string; problems?: string[] }) => [f.path.split(/[\\/]/).pop(), f.problems ?? []]));
    expect(files['essay.txt'].join()).toContain('没有找到可导入的文档');
    expect(files['mostly-chrome.txt'].join()).toMatch(/清理时删除了 \d+% 的文字/);
    expect(run.stdout).toMatch(/✖ .*essay\.txt:没有找到可导入的文档/);
    expect(run.stdout).not.toContain('\x1b[31m');
    // The share is an option.
    const lenient = runImport([join(dir, 'mostly-chrome.txt'), '--dry-run', '--max-noise', '95']);
    expect(lenient.status, lenient.stdout).toBe(0);
  });

  it('explains usage errors with exit code 2', () => {
    const none = runImport([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('请指定要导入的文件或文件夹');
    const badSize = runImport([GOLD_SET, '--max-size', 'lots']);
    expect(badSize.status).toBe(2);
    expect(badSize.stderr).toContain('--max-size');
  });
});
