import { describe, expect, it } from 'vitest';
import { normalizeValue, scalarText, stripNumberingLabel } from '../../../../src/lib/import/bench/normalize.ts';

describe('stripNumberingLabel', () => {
  it.each([
    ['一、部门职能', '部门职能'],
    ['(一)负责制定计划', '负责制定计划'],
    ['(二)负责开闭店', '负责开闭店'],
    ['1.熟知营业时间', '熟知营业时间'],
    ['2、两年以上经验', '两年以上经验'],
    ['3)检查设备', '检查设备'],
    ['(4)检查设备', '检查设备'],
    ['①负责顾客咨询', '负责顾客咨询'],
    ['⑵负责广播', '负责广播'],
    ['第一条为规范运营督导工作', '为规范运营督导工作'],
    ['第三章 考核结果', '考核结果'],
    ['第一、加强学习', '加强学习'],
    ['一是构建信息网络', '构建信息网络'],
    ['2.1 针对普通欠费客户', '针对普通欠费客户'],
    ['1 按督导计划巡查门店', '按督导计划巡查门店'],
    ['A、服务礼仪', '服务礼仪'],
    ['• 检查出勤', '检查出勤'],
    ['(一)1、检查', '检查'],
  ])('%s → %s', (input, expected) => {
    expect(stripNumberingLabel(input)).toBe(expected);
  });

  it('keeps numbers that are content, not labels', () => {
    expect(stripNumberingLabel('1.5亿元的销售任务')).toBe('1.5亿元的销售任务');
    expect(stripNumberingLabel('2023年上半年工作总结')).toBe('2023年上半年工作总结');
    expect(stripNumberingLabel('两年以上管理经验')).toBe('两年以上管理经验');
    expect(stripNumberingLabel('三年以上工作经验')).toBe('三年以上工作经验');
    expect(stripNumberingLabel('office软件')).toBe('office软件');
  });
});

describe('normalizeValue', () => {
  it('folds script, width, case, whitespace and punctuation', () => {
    expect(normalizeValue('負責處理顧客投訴;。')).toBe(normalizeValue('负责处理顾客投诉'));
    expect(normalizeValue('熟练使用 Office 软件')).toBe('熟练使用office软件');
    expect(normalizeValue('ＫＰＩ　考核')).toBe('kpi考核');
    expect(normalizeValue('“六防”工作')).toBe('六防工作');
  });

  it('drops the numbering label before the punctuation', () => {
    expect(normalizeValue('(三)负责统计数据。')).toBe('负责统计数据');
    expect(normalizeValue('1、大专及以上学历;')).toBe('大专及以上学历');
  });

  it('treats the placeholder and empty text as absent', () => {
    expect(normalizeValue('待填写')).toBe('');
    expect(normalizeValue('【待填写】')).toBe('');
    expect(normalizeValue(' ;。 ')).toBe('');
  });
});

describe('scalarText', () => {
  it('reads strings, numbers and dates, and nothing else', () => {
    expect(scalarText('运营部')).toBe('运营部');
    expect(scalarText(40)).toBe('40');
    expect(scalarText(new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01');
    expect(scalarText({ name: 'x' })).toBeUndefined();
    expect(scalarText(undefined)).toBeUndefined();
  });
});
