/** runContentChecks: the one check `npm run check` and the build share. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runContentChecks } from '../../../src/lib/content/run-checks.ts';
import { fixtureWith } from '../../support/fixture.ts';

const TODAY = '2026-11-22';
const run = (dir: string) => runContentChecks(dir, { root: dir, today: TODAY });
const errors = (dir: string) => run(dir).problems.filter((p) => p.severity === 'error');

const ROLE = '---\ntitle: 外部岗位\ndepartment: yunying\nlevel: 主管\nsummary: 外部\nresponsibilities:\n  - { text: 巡查, cadence: 每日 }\nowner: jingli\nupdated: 2026-05-04\n---\n';

describe('runContentChecks', () => {
  it('passes the fixture handbook', () => {
    expect(errors(fixtureWith())).toEqual([]);
  });

  it('reports a missing content folder instead of passing 0 entries', () => {
    const missing = join(tmpdir(), 'no-such-handbook-folder');
    const { problems, entries } = runContentChecks(missing);
    expect(entries).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringContaining(`找不到内容文件夹 ${missing}`) })]);
  });

  it('reports a folder without any content as not a content folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'empty-'));
    expect(errors(empty)[0]!.message).toContain('找不到内容文件夹');
  });

  it('includes the report checks: a submitted report with a placeholder is an error', () => {
    const dir = fixtureWith([{ file: 'reports/2026/jingli-2026-q3.mdx', replace: '部分楼层巡场记录不完整。', with: '<Fill hint="问题" />' }]);
    expect(errors(dir)).toEqual([expect.objectContaining({ file: 'reports/2026/jingli-2026-q3.mdx', line: 24, message: expect.stringContaining('待填写:“问题”') })]);
  });

  it('reads allowCode from site.yaml', () => {
    const changes = [{ file: 'roles/zhuguan.mdx', replace: 'updated: 2026-05-04\n---\n', with: 'updated: 2026-05-04\n---\n\n合计 {1 + 1} 元\n' }];
    expect(errors(fixtureWith(changes))).toEqual([expect.objectContaining({ file: 'roles/zhuguan.mdx', line: 13, field: 'body' })]);
    const allowed = fixtureWith([...changes, { file: 'site.yaml', replace: 'company: 测试公司', with: 'company: 测试公司\nallowCode: true' }]);
    expect(errors(allowed)).toEqual([]);
  });

  it('reports site.yaml problems with file and line', () => {
    const dir = fixtureWith([{ file: 'site.yaml', replace: 'path: procedures/kaidian', with: 'path: https://evil.example/' }]);
    expect(errors(dir)).toEqual([expect.objectContaining({ file: 'site.yaml', line: 4, field: 'quickLinks.0.path' })]);
  });

  it('refuses entries in sub-folders of collections other than reports', () => {
    const dir = fixtureWith();
    mkdirSync(join(dir, 'roles/sub'));
    writeFileSync(join(dir, 'roles/sub/waibu.mdx'), ROLE);
    expect(errors(dir)).toEqual([expect.objectContaining({ file: 'roles/sub/waibu.mdx', field: 'file', message: expect.stringContaining('不能放进子文件夹“sub/”') })]);
    expect(run(dir).entries.some((e) => e.id.includes('waibu'))).toBe(false);
  });

  it('refuses symbolic links that lead out of the content folder, files and folders alike', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'waibu.mdx'), ROLE);
    const dir = fixtureWith();
    symlinkSync(join(outside, 'waibu.mdx'), join(dir, 'roles/waibu.mdx'));
    symlinkSync(outside, join(dir, 'policies/more'));
    const found = errors(dir).map((p) => [p.file, p.field]).sort();
    expect(found).toEqual([['policies/more', 'file'], ['roles/waibu.mdx', 'file']]);
    expect(errors(dir)[0]!.message).toContain('指向内容文件夹以外');
  });

  it('follows symbolic links that stay inside the content folder', () => {
    const dir = fixtureWith();
    mkdirSync(join(dir, '_shared'));
    writeFileSync(join(dir, '_shared/neibu.mdx'), ROLE);
    symlinkSync(join(dir, '_shared/neibu.mdx'), join(dir, 'roles/neibu.mdx'));
    expect(errors(dir)).toEqual([]);
    expect(run(dir).entries.map((e) => e.id)).toContain('neibu');
  });
});
