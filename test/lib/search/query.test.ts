import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { parseQuery, searchableForm } from '../../../src/lib/search/query.ts';

const table = fullFoldTable();

describe('parseQuery', () => {
  it('turns each whitespace-separated term into a quoted phrase of folded trigrams', () => {
    expect(parseQuery('KPI 考核办法', table)).toEqual([
      { tokens: ['k', 'p', 'i'], words: ['kpi'], prefix: false },
      { tokens: ['考', '核', '办', '法'], words: ['考核办', '核办法'], prefix: false },
    ]);
  });
  it('searches a term shorter than a trigram as a prefix (every token starting with it)', () => {
    expect(parseQuery('運', table)).toEqual([{ tokens: ['运'], words: ['运'], prefix: true }]);
    expect(parseQuery('運營', table)).toEqual([{ tokens: ['运', '营'], words: ['运营'], prefix: true }]);
  });
  it('ignores punctuation and folds Traditional script', () => {
    expect(parseQuery('《總值班記錄》', table).map((t) => t.words)).toEqual([['总值班', '值班记', '班记录']]);
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
