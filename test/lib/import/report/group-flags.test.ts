import { describe, expect, it } from 'vitest';
import { formatFlagGroup, groupFlags, repairsAsFlags, SHOWN_LINES } from '../../../../src/lib/import/report/group-flags.ts';

describe('groupFlags', () => {
  it('shows many flags of one kind as one line with a count and the first lines', () => {
    const flags = Array.from({ length: 12 }, (_, i) => ({ line: 30 - i, message: `占位符“xx${i}”需要填写实际内容(待填写)`, kind: 'placeholder' }));
    const groups = groupFlags([{ line: 2, message: '未找到岗位概述' }, ...flags, { line: 9, message: '未找到岗位概述' }]);
    expect(groups.map((g) => [g.message.slice(0, 6), g.count])).toEqual([
      ['未找到岗位概', 2],
      ['占位符“xx', 12],
    ]);
    expect(formatFlagGroup(groups[1]!)).toBe(`第 ${[19, 20, 21, 22, 23].slice(0, SHOWN_LINES).join('、')} 等 行:占位符“xx0”需要填写实际内容(待填写)(同类共 12 处,以上为第一处的说明)`);
    expect(formatFlagGroup(groups[0]!)).toBe('第 2、9 行:未找到岗位概述(同类共 2 处)');
  });

  it('keeps a single flag as it was', () => {
    expect(groupFlags([{ message: '标题为推测', kind: 'title-guessed' }]).map(formatFlagGroup)).toEqual(['标题为推测']);
  });

  it('groups repairs by what they are, not by the text they quote', () => {
    const groups = groupFlags(repairsAsFlags(['第 3 行:修复了错位乱码:“撠煍M”→“負責擬”', '第 8 行:修复了错位乱码:“?簟?”→“戶。”', '第 5 行:句子被换行拆开,已接回上一行']));
    expect(groups.map((g) => [g.count, g.lines])).toEqual([
      [2, [3, 8]],
      [1, [5]],
    ]);
  });
});
