import { describe, expect, it } from 'vitest';
import { chineseNumber, cleanItem, cleanTitle, fold, hasPlaceholder, isBlankValue, sectionName, splitEnumeration, splitRunTogether, stripLabel } from '../../../../src/lib/import/extract/text.ts';

describe('fold', () => {
  it('folds script, punctuation and digits without changing the length', () => {
    const text = '崗位職責:每週(１)次';
    expect(fold(text)).toBe('岗位职责:每周(1)次');
    expect(fold(text)).toHaveLength(text.length);
  });
});

describe('labels and items', () => {
  it.each([
    ['一、工作目标', '工作目标'],
    ['(一)安全责任', '安全责任'],
    ['(1)日报', '日报'],
    ['1、负责', '负责'],
    ['2、3年以上经验', '3年以上经验'],
    ['1.熟知', '熟知'],
    ['2.1.1 范围', '范围'],
    ['①检查', '检查'],
    ['第三条 本办法', '本办法'],
    ['1.5倍工资', '1.5倍工资'],
    ['100%完成', '100%完成'],
  ])('stripLabel(%s) = %s', (text, expected) => {
    expect(stripLabel(text)).toBe(expected);
  });

  it('cleans items: trailing ;。 runs, wrapped lines, optional labels', () => {
    expect(cleanItem('负责项目进度、质量;。')).toBe('负责项目进度、质量');
    expect(cleanItem('负责项目\n进度,')).toBe('负责项目进度');
    expect(cleanItem('3、负责培训;', { label: true })).toBe('负责培训');
    expect(sectionName('一、职责:')).toBe('职责');
  });

  it('splits enumerations', () => {
    expect(splitEnumeration('运营经理、楼层主管,客服部;')).toEqual(['运营经理', '楼层主管', '客服部']);
  });
});

describe('placeholders', () => {
  it.each(['xx', '20xx年', '××公司', '***', '^v^'])('%s has a placeholder', (text) => {
    expect(hasPlaceholder(text)).toBe(true);
  });
  it('does not see placeholders in ordinary words', () => {
    expect(hasPlaceholder('Excel 表格')).toBe(false);
    expect(hasPlaceholder('2019年')).toBe(false);
  });
  it('treats blanks and bare placeholders as no value', () => {
    expect(isBlankValue('')).toBe(true);
    expect(isBlankValue(' xx ')).toBe(true);
    expect(isBlankValue('***')).toBe(true);
    expect(isBlankValue('运营部')).toBe(false);
  });
});

describe('numbers and titles', () => {
  it.each([
    ['二十七', 27],
    ['十', 10],
    ['一百零五', 105],
    ['二〇一九', 2019],
    ['12', 12],
    ['几个', undefined],
  ])('chineseNumber(%s) = %s', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });

  it.each([
    ['运营主管工作计划篇一', '运营主管工作计划'],
    ['1.运营管理部工作职能说明书 篇一', '运营管理部工作职能说明书'],
    ['運營管理部工作職能說明書(13篇)', '運營管理部工作職能說明書'],
    ['銷售個人月工作計劃二:', '銷售個人月工作計劃'],
    ['岗位职责范文', '岗位职责'],
    ['2017年銀行上半年工作總結1500字范本【2】', '2017年銀行上半年工作總結'],
  ])('cleanTitle(%s) = %s', (title, expected) => {
    expect(cleanTitle(title)).toBe(expected);
  });
});

describe('splitRunTogether', () => {
  it('splits numbered items run together on one line', () => {
    expect(splitRunTogether('熟知公司各项管理规定;2.熟知公司《商品流转程序》;3.掌握各种支票的鉴别方法;', 1)).toEqual([
      { label: '', text: '熟知公司各项管理规定;' },
      { label: '2.', text: '熟知公司《商品流转程序》;' },
      { label: '3.', text: '掌握各种支票的鉴别方法;' },
    ]);
    expect(splitRunTogether('①检查灯光②检查卫生').map((p) => p.text)).toEqual(['检查灯光', '检查卫生']);
  });

  it('leaves numbers that are not a run of labels alone', () => {
    expect(splitRunTogether('每年培养店长1,2名,值班经理3,4人')).toHaveLength(1);
    expect(splitRunTogether('按1.5倍计发加班工资')).toHaveLength(1);
    expect(splitRunTogether('具有2、3年以上经验')).toHaveLength(1);
  });
});
