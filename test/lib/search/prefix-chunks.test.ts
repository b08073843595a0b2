import { describe, expect, it } from 'vitest';
import { chunkFor, chunksForPrefix, compareWords } from '../../../src/lib/search/prefix-chunks.ts';

const starts = ['0', '完成了', '完成五', '完成率', '宝', '龙'];

describe('chunksForPrefix', () => {
  it('gives every chunk whose range may hold a word starting with the prefix', () => {
    // 完成 sorts before 完成了: the chunk starting at 0 may end with 完成… words too.
    expect(chunksForPrefix(starts, '完成')).toEqual([0, 1, 2, 3]);
    expect(chunksForPrefix(starts, '完成五')).toEqual([2]);
    expect(chunksForPrefix(starts, '宝')).toEqual([4]);
    expect(chunksForPrefix(starts, '龙')).toEqual([5]);
    expect(chunksForPrefix(starts, '1')).toEqual([0]);
  });
  it('compares by code point, as Pagefind does (UTF-16 order differs for astral characters)', () => {
    expect(compareWords('𠀀', '\uffe0')).toBeGreaterThan(0);
    expect('𠀀' < '\uffe0').toBe(true);
    expect(compareWords('完成', '完成了')).toBeLessThan(0);
  });
});

describe('chunkFor', () => {
  it('gives the last chunk starting at or before the word', () => {
    expect(chunkFor(starts, '完成')).toBe(0);
    expect(chunkFor(starts, '完成了')).toBe(1);
    expect(chunkFor(starts, '完成五天')).toBe(2);
    expect(chunkFor(starts, '龙头')).toBe(5);
    expect(chunkFor(starts, '-')).toBe(-1);
  });
});
