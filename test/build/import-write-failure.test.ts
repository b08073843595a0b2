/** `npm run import` when it cannot write: one Chinese line, exit 1, no stack trace, no temporary files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-astro.ts';

const SOURCE = resolve(ROOT, 'test/fixtures/import/gold-set/01-pian-markers.txt');

function runImport(args: string[], cwd: string) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), SOURCE, ...args, '--date', '2026-11-22'], { cwd, encoding: 'utf8' });
}

describe('npm run import, failing writes', () => {
  it('stops with one line when the drafts folder cannot be written', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'import-fail-'));
    writeFileSync(join(cwd, 'content'), 'a file, not a folder');
    const result = runImport(['--out', join(cwd, 'content')], cwd);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^✖ 无法写入 .*路径中有一段是文件而不是文件夹。.*导入已停止/);
    expect(result.stderr).not.toMatch(/\bat /);
    expect(readdirSync(cwd)).toEqual(['content']);
  });

  it('stops with one line when the report cannot be written, leaving no temporary file', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'import-fail-'));
    writeFileSync(join(cwd, 'reports'), '');
    const result = runImport(['--dry-run', '--report', join(cwd, 'reports/import-report.md')], cwd);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`✖ 无法写入 ${join(cwd, 'reports/import-report.md')}:路径中有一段是文件而不是文件夹。请检查路径是否写对。导入报告没有写入;请用 --report 换一个位置后重新运行。`);
    expect(readdirSync(cwd)).toEqual(['reports']);
  });
});
