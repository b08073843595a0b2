/** The bench:import command rejects bad input with exit code 2 and a message naming the problem. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/bench-import.ts', ...args], { encoding: 'utf8' });

describe('npm run bench:import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  mkdirSync(join(dir, 'set'));
  writeFileSync(join(dir, 'set', 'a.txt'), '运营主管岗位职责\n');

  it('prints the usage without two arguments', () => {
    const r = run(join(dir, 'set'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('用法 usage');
  });

  it('exits 2 when the folder or the gold file is missing', () => {
    expect(run(join(dir, 'nope'), join(dir, 'g.json'))).toMatchObject({ status: 2, stderr: expect.stringContaining('folder not found') });
    expect(run(join(dir, 'set'), join(dir, 'g.json'))).toMatchObject({ status: 2, stderr: expect.stringContaining('gold file not found') });
  });

  it('exits 2 on a gold file that is not JSON or not valid, naming the bad path', () => {
    writeFileSync(join(dir, 'broken.json'), '{ "version": 1, ');
    expect(run(join(dir, 'set'), join(dir, 'broken.json'))).toMatchObject({ status: 2, stderr: expect.stringContaining('not valid JSON') });
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ version: 1, files: { 'a.txt': { documents: [{ start: 1, end: 1, type: 'role', title: 'x', fields: { titel: 'x' } }] } } }));
    const r = run(join(dir, 'set'), join(dir, 'bad.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('files["a.txt"].documents[0].fields.titel');
  });

  it('exits 2 when the gold file labels a file that is not in the folder', () => {
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ version: 1, files: { 'b.txt': { documents: [] } } }));
    const r = run(join(dir, 'set'), join(dir, 'other.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('files["b.txt"]');
  });
});

describe('npm run bench:import with an importer', () => {
  const gold = 'test/fixtures/import/gold-set.gold.json';
  const folder = 'test/fixtures/import/gold-set';
  const out = mkdtempSync(join(tmpdir(), 'bench-import-out-'));
  const withOracle = (damage: boolean, ...extra: string[]) =>
    spawnSync(process.execPath, ['scripts/bench-import.ts', folder, gold, '--pipeline', 'test/lib/import/bench/oracle-pipeline.ts', '--out', out, ...extra], {
      encoding: 'utf8',
      env: { ...process.env, BENCH_ORACLE_GOLD: gold, ...(damage ? { BENCH_ORACLE_DAMAGE: '1' } : {}) },
    });

  it('prints progress, per-file lines and the table, and writes results.json', () => {
    const r = withOracle(false);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('读取 06-zongzhiban-page.html');
    expect(r.stdout).toMatch(/05-policy-glued-title\.txt:金标 2 个文档,预测 2,边界匹配 2,类型正确 2/);
    expect(r.stdout).toMatch(/文档边界 boundaries \(±2\)\s+28\s+28\s+28\s+1\.000\s+1\.000\s+1\.000/);
    expect(r.stdout).toMatch(/字段合计 fields overall(\s+\d+){3}\s+1\.000\s+1\.000\s+1\.000/);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.boundaries.f1).toBe(1);
    expect(results.files).toHaveLength(9);
  });

  it('lists mismatches with --verbose', () => {
    const r = withOracle(true, '--verbose');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('多 extra “错误的岗位名称”');
    expect(r.stdout).toMatch(/类型错 type: 第 \d+ 行 金标 procedure ≠ 预测 policy/);
  });

  it('fails with a clear message when the importer module is missing', () => {
    const r = spawnSync(process.execPath, ['scripts/bench-import.ts', folder, gold, '--pipeline', 'nowhere/pipeline.ts', '--out', out], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('importer not found');
  });
});
