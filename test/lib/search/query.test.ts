import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { parseQuery, searchableForm } from '../../../src/lib/search/query.ts';

const table = fullFoldTable();

describe('parseQuery', () => {
  it('turns each whitespace-separated term into a quoted phrase of folded bigrams', () => {
    expect(parseQuery('KPI 考核', table)).toEqual([
      { tokens: ['k', 'p', 'i'], phrase: '"kp pi"' },
      { tokens: ['考', '核'], phrase: '"考核"' },
    ]);
  });
  it('searches a single character as a prefix (every bigram starting with it, and the character alone)', () => {
    expect(parseQuery('運', table)).toEqual([{ tokens: ['运'], phrase: '运' }]);
  });
  it('ignores punctuation and folds Traditional script', () => {
    expect(parseQuery('《總值班》', table).map((t) => t.phrase)).toEqual(['"总值 值班"']);
  });
  it('drops empty and contained terms', () => {
    expect(parseQuery('  ,。 ', table)).toEqual([]);
    expect(parseQuery('考核 考核办法 考核', table).map((t) => t.tokens.join(''))).toEqual(['考核办法']);
  });
  it('gives the searchable form of a text', () => {
    expect(searchableForm('運營 KPI:權重 100%', table)).toBe('运营kpi权重100');
    expect(searchableForm('指标\n权重\n\n参与 与顾客\n', table)).toBe('指标\n权重\n参与与顾客');
  });
});
