import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../../src/lib/content/check.ts';
import { fixtureWith } from '../../support/fixture.ts';

const TODAY = '2026-11-22';
const problemsOf = (changes: Parameters<typeof fixtureWith>[0]) => {
  const dir = fixtureWith(changes);
  return checkHandbook(dir, { root: dir, today: TODAY }).problems;
};

describe('lifecycle rules', () => {
  it('accepts the fixture handbook', () => {
    expect(problemsOf([])).toEqual([]);
  });

  it('requires a successor for a superseded entry', () => {
    const problems = problemsOf([{ file: 'policies/kaohe.mdx', replace: 'supersedes: kaohe-old\n', with: '' }]);
    expect(problems).toContainEqual(expect.objectContaining({
      file: 'policies/kaohe-old.mdx', line: 10, field: 'status', severity: 'error',
      message: expect.stringContaining('没有哪个条目用 supersedes 指向它'),
    }));
  });

  it('refuses a review date before the effective date', () => {
    const problems = problemsOf([{ file: 'policies/kaohe.mdx', replace: 'effective: 2026-01-01', with: 'effective: 2026-01-01\nreviewBy: 2025-12-31' }]);
    expect(problems).toContainEqual(expect.objectContaining({
      file: 'policies/kaohe.mdx', line: 9, field: 'reviewBy', severity: 'error', message: '复查日期 2025-12-31 早于生效日期 2026-01-01',
    }));
  });

  it('refuses change-log lines dated in the future and notes a version mismatch', () => {
    const problems = problemsOf([{ file: 'roles/zhuguan.mdx', replace: 'owner: jingli', with: 'owner: jingli\nversion: "1.0"\nchanges:\n  - { date: 2026-12-01, version: "1.1", summary: 调整职责 }' }]);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'roles/zhuguan.mdx', line: 12, field: 'changes.0.date', severity: 'error' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'roles/zhuguan.mdx', field: 'version', severity: 'warning' }));
  });

  it('lets the replaced entry stay active, and warns when a published entry points at a draft', () => {
    const problems = problemsOf([
      { file: 'policies/kaohe-old.mdx', replace: 'status: superseded', with: 'status: active' },
      { file: 'roles/zhuguan.mdx', replace: 'owner: jingli', with: 'owner: jingli\nstatus: draft' },
    ]);
    expect(problems.filter((p) => p.file.startsWith('policies/'))).toEqual([]);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'procedures/kaidian.mdx', field: 'participants.0', severity: 'warning', message: expect.stringContaining('草稿') }));
  });

  it('advises keeping the old version active until a future successor takes effect, never to supersede it early', () => {
    const future = { file: 'policies/kaohe.mdx', replace: 'effective: 2026-01-01', with: 'effective: 2027-01-01' };
    expect(problemsOf([future, { file: 'policies/kaohe-old.mdx', replace: 'status: superseded', with: 'status: active' }])).toEqual([]);
    const early = problemsOf([future]);
    expect(early).toEqual([expect.objectContaining({
      file: 'policies/kaohe-old.mdx', field: 'status', severity: 'warning',
      message: '新版“kaohe”2027年1月1日才施行,在此之前旧版仍然有效:请保持 status: active,到期后网站自动显示为“已被替代”,不必再改',
    })]);
    expect(early.some((p) => /应改为 superseded/.test(p.message))).toBe(false);
  });

  it('warns when a changeover would leave nothing in force', () => {
    const archived = problemsOf([
      { file: 'policies/kaohe.mdx', replace: 'effective: 2026-01-01', with: 'effective: 2027-01-01' },
      { file: 'policies/kaohe-old.mdx', replace: 'status: superseded', with: 'status: archived' },
    ]);
    expect(archived).toContainEqual(expect.objectContaining({ file: 'policies/kaohe.mdx', field: 'supersedes', severity: 'warning', message: expect.stringContaining('在此之前没有有效版本') }));
    const draftSuccessor = problemsOf([{ file: 'policies/kaohe.mdx', replace: 'status: active', with: 'status: draft' }]);
    expect(draftSuccessor).toContainEqual(expect.objectContaining({ file: 'policies/kaohe-old.mdx', field: 'status', severity: 'warning', message: expect.stringContaining('新版发布前没有有效版本') }));
    // An archived successor replaces nothing either; the message must not call it a draft.
    const archivedSuccessor = problemsOf([{ file: 'policies/kaohe.mdx', replace: 'status: active', with: 'status: archived' }]);
    expect(archivedSuccessor).toContainEqual(expect.objectContaining({ file: 'policies/kaohe-old.mdx', field: 'status', severity: 'warning', message: expect.stringContaining('草稿或已归档的版本不算') }));
  });

  it('reminds of overdue and due-soon reviews, but not of later ones or of drafts', () => {
    const problems = problemsOf([
      { file: 'roles/jingli.mdx', replace: 'owner: jingli', with: 'owner: jingli\nreviewBy: 2026-11-01' },
      { file: 'roles/zhuguan.mdx', replace: 'owner: jingli', with: 'owner: jingli\nreviewBy: 2026-12-22' },
      { file: 'roles/hk-zhuguan.mdx', replace: 'owner: hk-zhuguan', with: 'owner: hk-zhuguan\nreviewBy: 2026-12-23' },
      { file: 'departments/yunying.mdx', replace: 'owner: jingli', with: 'owner: jingli\nreviewBy: 2026-01-01\nstatus: draft' },
    ]);
    const reviews = problems.filter((p) => p.field === 'reviewBy').map((p) => [p.file, p.severity, p.message]);
    expect(reviews).toEqual([
      ['roles/jingli.mdx', 'warning', '复查日期 2026-11-01 已过 21 天,请负责岗位复查并更新'],
      ['roles/zhuguan.mdx', 'warning', '将于 2026-12-22 到期复查(还有 30 天)'],
    ]);
  });

  it('reminds of a replaced role like /review/ does: only policies follow the changeover dates', () => {
    // The site shows a changeover for policies only; another kind's old version still reads as current and stays on /review/.
    const problems = problemsOf([
      { file: 'roles/jingli.mdx', replace: 'owner: jingli', with: 'owner: jingli\nreviewBy: 2026-11-01' },
      { file: 'roles/zhuguan.mdx', replace: 'owner: jingli', with: 'owner: jingli\nsupersedes: jingli' },
    ]);
    expect(problems.filter((p) => p.field === 'reviewBy').map((p) => p.file)).toEqual(['roles/jingli.mdx']);
  });
});
