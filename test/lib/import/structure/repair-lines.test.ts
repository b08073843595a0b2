import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { repairLines } from '../../../../src/lib/import/structure/repair-lines.ts';

const repair = (...texts: string[]) => {
  const file = new VFile();
  const lines = repairLines(texts.map((text, i) => ({ line: i + 1, text })), file);
  return { lines: lines.map((l) => `${l.line}:${l.text}`), rules: file.messages.map((m) => `${m.line}:${m.ruleId}`) };
};

describe('repairLines', () => {
  it('splits items run together on one line, only at the next number in sequence', () => {
    const result = repair('1.熟悉公司各项管理规定;2.熟知公司《商品流转程序》;3.全年销售1.5亿元。');
    expect(result.lines).toEqual(['1:1.熟悉公司各项管理规定;', '1:2.熟知公司《商品流转程序》;', '1:3.全年销售1.5亿元。']);
    expect(result.rules).toEqual(['1:run-together']);
  });

  it('splits circled items and items after a lead-in colon', () => {
    expect(repair('主要职责:①负责巡场②负责晨会③负责日报').lines).toEqual(['1:主要职责:', '1:①负责巡场', '1:②负责晨会', '1:③负责日报']);
  });

  it('splits a first item glued to its heading', () => {
    expect(repair('商场运营部工作职责1.熟知公司各项管理规定;2.熟知商品流转程序').lines).toEqual([
      '1:商场运营部工作职责',
      '1:1.熟知公司各项管理规定;',
      '1:2.熟知商品流转程序',
    ]);
  });

  it('splits a heading glued to the end of the previous paragraph', () => {
    expect(repair('房地产个人工作计划成了每名员工的必做之事。一、指导思想').lines).toEqual([
      '1:房地产个人工作计划成了每名员工的必做之事。',
      '1:一、指导思想',
    ]);
  });

  it('joins a label standing alone with the text on the next line', () => {
    const result = repair('八、', '其他规定');
    expect(result.lines).toEqual(['1:八、其他规定']);
    expect(result.rules).toEqual(['1:split-heading']);
  });

  it('joins vertical text, one character per line', () => {
    expect(repair('岗', '位', '职', '责', '负责营运管理。').lines).toEqual(['1:岗位职责', '5:负责营运管理。']);
  });

  it('joins hard-wrapped lines but not numbered items', () => {
    const result = repair('商户撤场须提前一周向招商部提交撤场申请,经运营部', '审核同意后方可办理。', '2.撤场当日由保安部核对放行条。');
    expect(result.lines).toEqual(['1:商户撤场须提前一周向招商部提交撤场申请,经运营部审核同意后方可办理。', '3:2.撤场当日由保安部核对放行条。']);
    expect(result.rules).toEqual(['2:hard-wrap']);
  });

  it('re-joins a word split so that 一、 starts a false heading', () => {
    const result = repair('一、总则', '各楼层管理人员须按公司标准做好商品陈列,做到统', '一、规范、整洁。');
    expect(result.lines).toEqual(['1:一、总则', '2:各楼层管理人员须按公司标准做好商品陈列,做到统一、规范、整洁。']);
    expect(result.rules).toEqual(['3:false-heading']);
  });

  it('leaves short unpunctuated headings alone', () => {
    expect(repair('三、工作措施', '加强巡场。').lines).toEqual(['1:三、工作措施', '2:加强巡场。']);
  });

  it('cuts a section heading glued to its first sentence, but never a numbered duty', () => {
    expect(repair('二、晨会的要求晨会工作是门店上下沟通、共同学习的机会。').lines).toEqual(['1:二、晨会的要求', '1:晨会工作是门店上下沟通、共同学习的机会。']);
    expect(repair('三、晨会组织者的要求晨会管理制度规定组织者须仪容整洁。').lines).toEqual(['1:三、晨会组织者的要求', '1:晨会管理制度规定组织者须仪容整洁。']);
    expect(repair('1、负责制定部门工作计划和目标要求员工按期完成。').lines).toEqual(['1:1、负责制定部门工作计划和目标要求员工按期完成。']);
    expect(repair('一、加强信息服务,促进工作开展').lines).toEqual(['1:一、加强信息服务,促进工作开展']);
  });
});

describe('repairLines: items brought together by re-joined hard wraps', () => {
  it('splits 一、…。二、… again after the wrapped lines are joined, in either script', () => {
    const simplified = repair('一、商户须在撤场前一周向招商部提交《撤场审批表》,', '经运营部会签后报总经理审批。二、财务部在7个工作日内完成费用结算,', '有欠款的由财务部发出《催款通知单》。');
    expect(simplified.lines).toEqual(['1:一、商户须在撤场前一周向招商部提交《撤场审批表》,经运营部会签后报总经理审批。', '1:二、财务部在7个工作日内完成费用结算,有欠款的由财务部发出《催款通知单》。']);
    const traditional = repair('一、商戶須在撤場前一週向招商部提交《撤場審批表》,', '經運營部會簽後報總經理審批。二、財務部在7個工作日內完成費用結算,', '有欠款的由財務部發出《催款通知單》。');
    expect(traditional.lines.map((l) => l.slice(0, 4))).toEqual(['1:一、', '1:二、']);
  });
});
