import { describe, expect, it } from 'vitest';
import { fullFoldTable, tableForCorpus } from '../../../src/lib/search/fold-table.ts';
import { foldChar, isIndexable } from '../../../src/lib/search/fold.ts';

const table = fullFoldTable();
const fold = (text: string) => [...text].map((c) => foldChar(c, table)).join('');

describe('character folding', () => {
  it('folds Traditional and Hong Kong variants to Simplified, one character each', () => {
    expect(fold('營運經理崗位職責')).toBe('营运经理岗位职责');
    expect(fold('樓面裏')).toBe('楼面里');
    expect([...fold('總值班記錄本')]).toHaveLength(6);
  });
  it('folds full-width letters and digits and lower-cases', () => {
    expect(fold('ＫＰＩ１２Ab')).toBe('kpi12ab');
  });
  it('keeps characters whose normal form would change the length', () => {
    expect(foldChar('㈠', table)).toBe('㈠');
  });
  it('knows which characters are searchable', () => {
    expect([...'运,K 1。《'].map(isIndexable)).toEqual([true, false, true, false, true, false, false]);
  });
  it('ships only the entries whose target occurs in the corpus', () => {
    const subset = tableForCorpus(new Set(['营', '运']));
    expect(subset).toMatchObject({ 營: '营', 運: '运' });
    expect(subset['經']).toBeUndefined();
  });
});
