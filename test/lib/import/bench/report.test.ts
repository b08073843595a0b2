import { describe, expect, it } from 'vitest';
import { describeMismatch, displayWidth, formatColumns, formatConfusion, formatMismatches, formatScoreTable } from '../../../../src/lib/import/bench/report.ts';
import { scoreImport } from '../../../../src/lib/import/bench/score.ts';
import { dropped, imported, result } from './helpers.ts';

const gold = {
  version: 1 as const,
  files: {
    'a.txt': {
      documents: [
        { start: 1, end: 9, type: 'role' as const, title: '运营主管岗位职责', fields: { title: '运营主管', responsibilities: ['负责巡场'] } },
        { start: 10, end: 20, type: 'drop' as const, title: '个人简历' },
      ],
    },
  },
};
const score = scoreImport(result([imported('/f/a.txt', 2, 'role', { frontmatter: { title: '运营经理' } })], [dropped('/f/a.txt', 30)]), gold, { folder: '/f' });

describe('displayWidth and formatColumns', () => {
  it('counts CJK characters as two columns and aligns on them', () => {
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('岗位 P')).toBe(6);
    const lines = formatColumns([
      ['类型', 'P'],
      ['role', '1.000'],
    ]).split('\n');
    const column = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    expect(column(lines[0]!, 'P')).toBe(6);
    expect(column(lines[1]!, '1.000')).toBe(6);
  });
});

describe('formatScoreTable', () => {
  it('has a row for boundaries, every type and every field', () => {
    const table = formatScoreTable(score);
    expect(table).toContain('文档边界 boundaries (±2)');
    expect(table).toMatch(/类型 type · 岗位 role\s+1\s+1\s+1\s+1\.000\s+1\.000\s+1\.000/);
    expect(table).toMatch(/类型 type · 舍弃 drop\s+1\s+1\s+0\s+0\.000\s+0\.000\s+0\.000/);
    expect(table).toMatch(/role\.title\s+1\s+1\s+0\s+0\.000/);
    expect(table).toMatch(/report\.period\.start\s+0\s+0\s+0\s+—\s+—\s+—/);
    expect(table).toContain('字段覆盖 coverage');
  });
});

describe('formatConfusion', () => {
  it('shows gold rows against predicted columns', () => {
    const text = formatConfusion(score);
    expect(text.split('\n')[0]).toContain('(missed)');
    expect(text).toMatch(/drop\s+0\s+0\s+0\s+0\s+0\s+0\s+1/);
    expect(text).toMatch(/\(spurious\)\s+0\s+0\s+0\s+0\s+0\s+1/);
  });
});

describe('formatMismatches', () => {
  it('groups mismatches by file and says what is missing or extra', () => {
    const text = formatMismatches(score.mismatches);
    expect(text).toContain('【a.txt】');
    expect(text).toContain('漏检 missed: 金标 10–20 drop “个人简历”');
    expect(text).toContain('多检 spurious: 预测 30–33 drop');
    expect(text).toContain('字段 field: 第 1 行 role.title — 缺 missing “运营主管”;多 extra “运营经理”');
    expect(formatMismatches([])).toContain('no mismatches');
  });

  it('describes every kind', () => {
    expect(describeMismatch({ kind: 'file-error', file: 'a', message: '空文件' })).toContain('空文件');
    expect(describeMismatch({ kind: 'unknown-source', source: 'x.txt', documents: 2 })).toContain('x.txt');
    expect(describeMismatch({ kind: 'type', file: 'a', gold: { start: 4, end: 9, type: 'role', title: 't' }, predicted: { start: 4, end: 9, type: 'report', title: 't' } })).toContain('金标 role ≠ 预测 report');
  });
});
