import { describe, expect, it } from 'vitest';
import { checkHandbook, idFromPath } from '../../../src/lib/content/check.ts';
import { BAD_CONTENT_CASES } from '../../support/bad-content.ts';
import { FIXTURE, fixtureWith } from '../../support/fixture.ts';

describe('checkHandbook', () => {
  it('accepts the fixture handbook and loads every entry', () => {
    const { entries, problems } = checkHandbook(FIXTURE);
    expect(problems).toEqual([]);
    expect(entries.map((e) => `${e.collection}/${e.id}`).sort()).toEqual([
      'departments/hk', 'departments/yunying', 'policies/kaohe', 'policies/kaohe-old', 'procedures/kaidian',
      'reports/2026/jingli-2026-q3', 'roles/hk-zhuguan', 'roles/jingli', 'roles/zhuguan',
    ]);
  });

  it('applies schema defaults and normalisations', () => {
    const { entries } = checkHandbook(FIXTURE);
    const old = entries.find((e) => e.id === 'kaohe-old')!;
    expect(old.data).toMatchObject({ version: '1.0', lang: 'zh-CN' });
    const hk = entries.find((e) => e.id === 'hk-zhuguan')!;
    expect(hk.data).toMatchObject({ lang: 'zh-HK', level: '主管' });
  });

  it.each(BAD_CONTENT_CASES)('reports $name with file, line, field and message', (bad) => {
    const dir = fixtureWith(bad.changes);
    const { problems } = checkHandbook(dir, { root: dir });
    const match = problems.find((p) => p.file === bad.file && p.field === bad.field);
    expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
    expect(match!.message).toContain(bad.message);
    expect(match!.line).toBe(bad.line);
    expect(match!.severity).toBe('error');
  });

  it('names both files of a duplicate id', () => {
    const dir = fixtureWith([{ file: 'roles/zhuguan.md', write: '---\ntitle: x\n---\n' }]);
    const files = checkHandbook(dir, { root: dir }).problems.filter((p) => p.field === 'id').map((p) => p.file);
    expect(files.sort()).toEqual(['roles/zhuguan.md', 'roles/zhuguan.mdx']);
  });

  it('reports a reference to a file with its own errors only once', () => {
    const dir = fixtureWith([{ file: 'roles/jingli.mdx', replace: 'level: 经理', with: 'level: 老板' }]);
    const problems = checkHandbook(dir, { root: dir }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'roles/jingli.mdx', field: 'level' });
    expect(problems[0]!.message).toContain('岗位级别只能是:高管 / 总监 / 经理');
  });

  it('explains YAML syntax errors in plain words with the line', () => {
    const dir = fixtureWith([{ file: 'roles/zhuguan.mdx', replace: 'level: 主管', with: 'level: 主管\nlevel: 经理' }]);
    const [problem] = checkHandbook(dir, { root: dir }).problems;
    expect(problem).toMatchObject({ file: 'roles/zhuguan.mdx', line: 5 });
    expect(problem!.message).toContain('同一个字段写了两次');
  });

  it('rejects file names that cannot be ids', () => {
    const dir = fixtureWith([{ file: 'roles/开店.mdx', write: '---\ntitle: x\n---\n' }]);
    const [problem] = checkHandbook(dir, { root: dir }).problems;
    expect(problem).toMatchObject({ file: 'roles/开店.mdx', field: 'file' });
    expect(problem!.message).toContain('只能用小写英文字母、数字和连字符');
  });

  it('finds reporting lines that loop', () => {
    const dir = fixtureWith([{ file: 'roles/jingli.mdx', replace: 'level: 经理', with: 'level: 经理\nreportsTo: zhuguan' }]);
    const loops = checkHandbook(dir, { root: dir }).problems.filter((p) => p.message.includes('循环'));
    expect(loops.map((p) => p.file).sort()).toEqual(['roles/jingli.mdx', 'roles/zhuguan.mdx']);
    expect(loops[0]!.message).toMatch(/汇报关系形成了循环:(jingli → zhuguan → jingli|zhuguan → jingli → zhuguan)/);
  });

  it('finds duplicate role codes', () => {
    const dir = fixtureWith([{ file: 'roles/zhuguan.mdx', replace: 'level: 主管', with: 'level: 主管\ncode: T-01' }]);
    const problems = checkHandbook(dir, { root: dir }).problems;
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['roles/jingli.mdx', 'code'],
      ['roles/zhuguan.mdx', 'code'],
    ]);
  });

  it('accepts Traditional spellings of enum values', () => {
    const dir = fixtureWith([{ file: 'roles/hk-zhuguan.mdx', replace: 'cadence: 每日', with: 'cadence: 每週' }]);
    const { problems, entries } = checkHandbook(dir, { root: dir });
    expect(problems).toEqual([]);
    const role = entries.find((e) => e.id === 'hk-zhuguan')!;
    expect((role.data as { responsibilities: { cadence: string }[] }).responsibilities[0]!.cadence).toBe('每周');
  });

  it('reports a file without frontmatter', () => {
    const dir = fixtureWith([{ file: 'roles/zhuguan.mdx', write: '# 没有基本信息\n' }]);
    const [problem] = checkHandbook(dir, { root: dir }).problems;
    expect(problem).toMatchObject({ file: 'roles/zhuguan.mdx', line: 1 });
    expect(problem!.message).toContain('缺少用 --- 包围的基本信息');
  });
});

describe('idFromPath', () => {
  it('drops the extension and lower-cases, keeping folders', () => {
    expect(idFromPath('2026/Jingli-Q3.mdx')).toBe('2026/jingli-q3');
    expect(idFromPath('kaidian.md')).toBe('kaidian');
  });
});
