import { describe, expect, it } from 'vitest';
import { chineseNumeral, readLabel, toChineseNumeral } from '../../../../src/lib/import/structure/numbering.ts';
import { foldText } from '../../../../src/lib/import/text/fold.ts';

describe('chineseNumeral / toChineseNumeral', () => {
  it.each([['一', 1], ['十', 10], ['十二', 12], ['二十七', 27], ['一百零三', 103], ['两', 2], ['15', 15]])('%s = %i', (text, value) => {
    expect(chineseNumeral(text)).toBe(value);
  });
  it.each([[1, '一'], [10, '十'], [12, '十二'], [27, '二十七']])('%i is written %s', (value, text) => {
    expect(toChineseNumeral(value)).toBe(text);
  });
});

describe('readLabel', () => {
  it.each([
    ['第一章 总则', 'chapter', 1, '第一章'],
    ['第十二条建立和实施分类评级制度', 'article', 12, '第十二条'],
    ['第三条:本办法适用于运营部', 'article', 3, '第三条:'],
    ['一、安全生产工作基本情况', 'cn', 1, '一、'],
    ['四.晨会的主要内容', 'cn', 4, '四.'],
    ['四 稽查工作要求', 'cn', 4, '四'],
    ['(二)推广成熟期:', 'paren-cn', 2, '(二)'],
    ['(三)全面啟動招商程序', 'paren-cn', 3, '(三)'],
    ['第一、开拓创新发展新客户', 'ordinal', 1, '第一、'],
    ['二是加强对流动性客户的管理', 'shi', 2, '二是'],
    ['2.1 针对普通欠费客户。', 'decimal', 1, '2.1'],
    ['3、负责酒店的广告策划宣传工作', 'arabic', 3, '3、'],
    ['1.熟悉公司对商场的各项管理制度', 'arabic', 1, '1.'],
    ['1 严把欠费首关, 杜绝恶意欠费', 'arabic', 1, '1'],
    ['3.18:00 各商铺停止营业', 'arabic', 3, '3.'],
    ['(11)积极拓展新的客户渠道', 'paren-arabic', 11, '(11)'],
    ['2)投递简历巧用心思', 'paren-arabic', 2, '2)'],
    ['③做好退换货记录', 'circled', 3, '③'],
    ['B:信譽度', 'letter', 2, 'B:'],
    ['• 每日巡场两次', 'bullet', 0, '•'],
  ])('%s → %s %i', (line, kind, value, text) => {
    const label = readLabel(foldText(line));
    expect(label).toMatchObject({ kind, value });
    expect(line.slice(0, label!.length).trim()).toBe(text);
  });

  it.each(['1.5亿元的销售任务', '2019.5.1起执行', '20xx年工作计划', '一岗双责', '十分重要', '第二热情服务巩固老客户'])('%s has no label', (line) => {
    expect(readLabel(foldText(line))).toBeUndefined();
  });
});
