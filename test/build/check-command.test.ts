/** `npm run check` reports every seeded problem with file and line, and exits non-zero on errors. */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureWith } from '../support/fixture.ts';
import { ROOT } from '../support/run-astro.ts';

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
});
