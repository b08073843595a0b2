import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/lib/diagrams/text-wrap.ts';

describe('wrapText', () => {
  it('counts ideographs as 1em and Latin as about half', () => {
    expect(textWidth('岗位')).toBe(2);
    expect(textWidth('KPI')).toBeCloseTo(1.65);
  });
  it('wraps at the width and ellipsises the last line', () => {
    expect(wrapText('一二三四五六七八九十', 4, 5)).toEqual(['一二三四', '五六七八', '九十']);
    expect(wrapText('一二三四五六七八九十', 4, 2)).toEqual(['一二三四', '五六七…']);
  });
  it('folds whitespace', () => {
    expect(wrapText('  a \n b ', 10, 2)).toEqual(['a b']);
  });
});
