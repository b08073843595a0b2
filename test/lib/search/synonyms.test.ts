import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { departmentSynonyms, expandTerm, foldGroups, MAX_VARIANTS, VOCABULARY } from '../../../src/lib/search/synonyms.ts';

const table = fullFoldTable();

describe('expandTerm', () => {
  const groups = foldGroups([['信息', '資訊'], ['邮件', '电邮'], ['电子邮件', '电邮']], table);

  it('replaces a group word inside the term by each other word, the term itself first', () => {
    expect(expandTerm('信息汇报', groups)).toEqual(['信息汇报', '资讯汇报']);
    expect(expandTerm('资讯', groups)).toEqual(['资讯', '信息']);
  });

  it('replaces the longest word first and leaves unrelated terms alone', () => {
    expect(expandTerm('电子邮件地址', groups)).toEqual(['电子邮件地址', '电邮地址']);
    expect(expandTerm('邮件地址', groups)).toEqual(['邮件地址', '电邮地址']);
    expect(expandTerm('值班', groups)).toEqual(['值班']);
  });

  it('stops at MAX_VARIANTS', () => {
    const many = foldGroups([['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛']], table);
    expect(expandTerm('甲', many)).toHaveLength(MAX_VARIANTS);
  });

  it('covers the mainland / Hong Kong words of the maintained vocabulary in folded form', () => {
    const vocabulary = foldGroups(VOCABULARY, table);
    expect(expandTerm('资讯', vocabulary)).toContain('信息');
    expect(expandTerm('租户', vocabulary)).toContain('商户');
    expect(expandTerm('退货流程', vocabulary)).toContain('退换货流程');
  });
});

describe('departmentSynonyms', () => {
  it('groups a department’s name, aliases and id; a department without aliases still gets its id', () => {
    expect(departmentSynonyms([
      { id: 'yunying', name: '运营部', aliases: ['营运部', '运营管理部'] },
      { id: 'caiwu', name: '财务部', aliases: [] },
    ])).toEqual([['运营部', '营运部', '运营管理部', 'yunying'], ['财务部', 'caiwu']]);
  });

  it('folds groups so Traditional names meet Simplified queries', () => {
    const groups = foldGroups(departmentSynonyms([{ id: 'hk-yingyun', name: '香港分店營運部', aliases: ['營運部(香港)'] }]), table);
    expect(groups).toEqual([['香港分店营运部', '营运部香港', 'hkyingyun']]);
  });
});
