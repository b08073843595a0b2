import { describe, expect, it } from 'vitest';
import { chunkStartsForPrefix, chunkStartsOfMeta, compareWords } from '../../../src/lib/search/prefix-chunks.ts';

describe('chunkStartsForPrefix', () => {
  const starts = ['0', '完成了', '完成五', '完成率', '宝', '龙'];
  it('gives every chunk whose range may hold a word starting with the prefix', () => {
    // 完成 sorts before 完成了: the chunk starting at 0 may end with 完成… words too.
    expect(chunkStartsForPrefix(starts, '完成')).toEqual(['0', '完成了', '完成五', '完成率']);
    expect(chunkStartsForPrefix(starts, '完成五')).toEqual(['完成五']);
    expect(chunkStartsForPrefix(starts, '宝')).toEqual(['宝']);
    expect(chunkStartsForPrefix(starts, '龙')).toEqual(['龙']);
    expect(chunkStartsForPrefix(starts, '1')).toEqual(['0']);
  });
  it('compares by code point, as Pagefind does (UTF-16 order differs for astral characters)', () => {
    expect(compareWords('𠀀', '\uffe0')).toBeGreaterThan(0);
    expect('𠀀' < '\uffe0').toBe(true);
    expect(compareWords('完成', '完成了')).toBeLessThan(0);
  });
});

describe('chunkStartsOfMeta', () => {
  it('reads the first word of each chunk from Pagefind metadata, and refuses another layout', () => {
    expect(chunkStartsOfMeta(['1.6.0', [], [['0', '00前', 'und_1'], ['验收周', '龙头烘', 'und_2']], [], [], []])).toEqual(['0', '验收周']);
    expect(() => chunkStartsOfMeta(['1.6.0', []])).toThrow(/chunk list/);
  });
});
