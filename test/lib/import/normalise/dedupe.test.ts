import { describe, expect, it } from 'vitest';
import { fingerprint, groupDuplicates, similarity } from '../../../../src/lib/import/normalise/dedupe.ts';

const SIMPLIFIED = '公司办公室承担着人事、宣传报道、档案管理、文件、接待等工作,为更好地开展下半年工作,特制定以下工作计划:一、继续加强管理,完善各项管理制度,充分调动工作积极性。二、做好人事管理工作,规范劳动合同的签订和社保的办理。';
const TRADITIONAL_WRAPPED = '公司辦公室承擔著人事、宣傳報道、檔案管理、文件、接待等工作,\n為更好地開展下半年工作,特制定以下工作計劃:\n一、繼續加強管理,完善各項管理制度,充分調動工作積極性。\n二、做好人事管理工作,規範勞動合同的簽訂和社保的辦理。';

describe('dedupe', () => {
  it('gives the same fingerprint to the same text in either script and any layout', () => {
    expect(fingerprint(SIMPLIFIED)).toBe(fingerprint(TRADITIONAL_WRAPPED));
    expect(fingerprint(SIMPLIFIED)).not.toBe(fingerprint(`${SIMPLIFIED}三、加强培训。`));
  });

  it('scores a damaged copy (tail cut off, chrome added) as similar, another document as not', () => {
    const damaged = `上一篇:xx\n${TRADITIONAL_WRAPPED.slice(0, 90)}`;
    expect(similarity(SIMPLIFIED, damaged)).toBeGreaterThan(0.9);
    expect(similarity(SIMPLIFIED, '晨会每天九点二十分开始,由值班主管主持,检查员工出勤和仪容仪表,通报前一天的销售情况,布置当天的工作任务。')).toBeLessThan(0.1);
  });

  it('groups copies and keeps the best-scored one', () => {
    const items = [
      { id: 'a', text: SIMPLIFIED.slice(0, 80), score: 1 },
      { id: 'b', text: '晨会每天九点二十分开始,由值班主管主持,检查员工出勤和仪容仪表,通报前一天的销售情况,布置当天的工作任务。', score: 5 },
      { id: 'c', text: TRADITIONAL_WRAPPED, score: 9 },
    ];
    const groups = groupDuplicates(items, (i) => i.text, (i) => i.score);
    expect(groups.map((g) => [g.keep.id, g.copies.map((c) => c.id)])).toEqual([
      ['c', ['a']],
      ['b', []],
    ]);
  });
});
