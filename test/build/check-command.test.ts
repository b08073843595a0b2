/** `npm run check` reports every seeded problem with file and line, and exits non-zero on errors. */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureWith } from '../support/fixture.ts';
import { ROOT } from '../support/run-astro.ts';
import { UNBUILDABLE_CASES } from '../support/unbuildable-content.ts';

function check(dir: string) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, HANDBOOK_CONTENT_DIR: dir, HANDBOOK_BUILD_DATE: '2026-11-22' },
  });
}

describe('npm run check', () => {
  it('passes a clean handbook with exit code 0', () => {
    const result = check(fixtureWith());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('手册内容检查通过');
  });

  it('lists every seeded lifecycle problem in one report with file and line, then exits 1', () => {
    const dir = fixtureWith([
      { file: 'policies/kaohe.mdx', replace: 'supersedes: kaohe-old\n', with: 'reviewBy: 2025-06-30\n' },
      { file: 'roles/zhuguan.mdx', replace: 'owner: jingli', with: 'owner: jingli\nchanges:\n  - { date: 2027-01-01, summary: 未来的修订 }' },
      { file: 'roles/jingli.mdx', replace: 'owner: jingli', with: 'owner: jingli\nreviewBy: 2026-11-01' },
    ]);
    const result = check(dir);
    expect(result.status).toBe(1);
    const at = (file: string, line: number) => `${relative(ROOT, join(dir, file))}:${line}`;
    expect(result.stdout).toContain(at('policies/kaohe-old.mdx', 10)); // superseded without successor
    expect(result.stdout).toContain(at('policies/kaohe.mdx', 11)); // review before effective
    expect(result.stdout).toContain(at('roles/zhuguan.mdx', 11)); // change dated in the future
    expect(result.stdout).toContain(at('roles/jingli.mdx', 15)); // overdue review (a warning)
    expect(result.stdout).toMatch(/手册内容检查发现 3 处错误、2 处提醒/);
  });

  it.each(UNBUILDABLE_CASES)('refuses $name, naming file and line', (bad) => {
    const dir = bad.make();
    const result = check(dir);
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toContain(`${relative(ROOT, join(dir, bad.file))}${bad.line ? `:${bad.line}` : ''}`);
    if (bad.line) expect(result.stdout).toContain(`第 ${bad.line} 行`);
    expect(result.stdout).toContain(bad.message);
    expect(result.stdout).not.toContain('手册内容检查通过');
  });

  it('refuses a missing content folder instead of passing 0 entries', () => {
    const missing = join(tmpdir(), 'handbook-that-does-not-exist');
    const result = check(missing);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`找不到内容文件夹 ${missing}`);
  });

  it('lists every problem of a file in one run, each missing field with its Chinese label', () => {
    const dir = fixtureWith([{
      file: 'roles/zhuguan.mdx',
      replace: 'department: yunying\nlevel: 主管\nreportsTo: jingli\nsummary: 负责所辖楼层的日常巡场。\n',
      with: 'level: 主管\nreportsTo: jingli\n',
    }]);
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('department(所属部门):缺少这个必填项:所属部门');
    expect(result.stdout).toContain('summary(岗位概述):缺少这个必填项:岗位概述');
    expect(result.stdout).not.toMatch(/Invalid input|expected/);
  });

  it('accepts code in bodies when site.yaml says allowCode: true', () => {
    const dir = fixtureWith([
      { file: 'roles/zhuguan.mdx', replace: 'updated: 2026-05-04\n---\n', with: 'updated: 2026-05-04\n---\n\nexport const year = 2026\n\n本年 {year}\n' },
      { file: 'site.yaml', replace: 'company: 测试公司', with: 'company: 测试公司\nallowCode: true' },
    ]);
    expect(check(dir).status).toBe(0);
  });
});

