import { describe, expect, it } from 'vitest';
import { slugFromTitle, uniqueId } from '../../../../src/lib/import/emit/entry-id.ts';

describe('entry ids', () => {
  it('spells a title in toneless pinyin, either script', () => {
    expect(slugFromTitle('运营主管')).toBe('yun-ying-zhu-guan');
    expect(slugFromTitle('運營主管')).toBe('yun-ying-zhu-guan');
    expect(slugFromTitle('HK 樓面管理')).toBe('hk-lou-mian-guan-li');
    expect(slugFromTitle('……')).toBe('daoru');
  });

  it('never reuses a taken id', () => {
    const taken = new Set(['yun-ying-zhu-guan']);
    expect(uniqueId('yun-ying-zhu-guan', taken)).toBe('yun-ying-zhu-guan-2');
    expect(uniqueId('yun-ying-zhu-guan', taken)).toBe('yun-ying-zhu-guan-3');
    expect(taken.has('yun-ying-zhu-guan-3')).toBe(true);
  });
});
