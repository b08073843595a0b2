import { describe, expect, it } from 'vitest';
import { allItemsOf, descendants, isNoise, itemsOf, itemWithChildren, labelOf, linesOf, sectionsOf } from '../../../../src/lib/import/extract/tree.ts';
import { structured } from './fixture.ts';

const ROOT = structured(`开头一段。

## 一、岗位职责

- 1、负责开店;
  - (1)检查灯光
  - (2)检查卫生
- 2、负责闭店

### (一)补充

第一行
第二行

## 二、任职条件

| 项目 | 要求 |
|---|---|
| 学历 | 大专 |
`);

describe('sectionsOf', () => {
  const top = sectionsOf(ROOT);

  it('nests headings by depth, with labels and names', () => {
    expect(top.children.map((s) => [s.label, s.name, s.depth])).toEqual([
      ['一、', '岗位职责', 2],
      ['二、', '任职条件', 2],
    ]);
    expect(top.children[0]!.children.map((s) => s.name)).toEqual(['补充']);
    expect(descendants(top).map((s) => s.name)).toEqual(['岗位职责', '补充', '任职条件']);
    expect(top.content).toHaveLength(1);
  });

  it('reads items with labels, nesting and lines; paragraph lines are items too', () => {
    const duties = itemsOf(top.children[0]!);
    expect(duties.map((i) => [i.label, i.text, i.line])).toEqual([
      ['1、', '负责开店;', 5],
      ['2、', '负责闭店', 8],
    ]);
    expect(duties[0]!.children.map((i) => i.text)).toEqual(['检查灯光', '检查卫生']);
    expect(itemWithChildren(duties[0]!)).toBe('负责开店:检查灯光;检查卫生');
    expect(allItemsOf(top.children[0]!).map((i) => i.text)).toEqual(['负责开店;', '负责闭店', '第一行', '第二行']);
    expect(allItemsOf(top.children[0]!)[3]!.line).toBe(13);
  });

  it('strips a label the structure stage left in a heading', () => {
    const raw = sectionsOf({ type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: '三、考核标准' }] }] });
    expect(raw.children[0]).toMatchObject({ label: '三、', name: '考核标准' });
    expect(labelOf(ROOT.children[1] as never)).toBe('一、');
  });
});

describe('linesOf', () => {
  it('lists every line in order, table rows with their cells', () => {
    const lines = linesOf(ROOT);
    expect(lines.map((l) => [l.source, l.text])).toEqual([
      ['paragraph', '开头一段。'],
      ['heading', '岗位职责'],
      ['item', '负责开店;'],
      ['item', '检查灯光'],
      ['item', '检查卫生'],
      ['item', '负责闭店'],
      ['heading', '补充'],
      ['paragraph', '第一行'],
      ['paragraph', '第二行'],
      ['heading', '任职条件'],
      ['row', '项目 要求'],
      ['row', '学历 大专'],
    ]);
    expect(lines.at(-1)!.cells).toEqual(['学历', '大专']);
    expect(lines[3]!.block).toBe(lines[2]!.block);
  });
});

describe('isNoise', () => {
  it('recognises page furniture and bibliography entries', () => {
    expect(isNoise('下载文档到电脑,查找使用更方便 | 还剩2页未读,继续阅读')).toBe(true);
    expect(isNoise('[1]王红.购物中心运营管理实务[M].北京:中国商业出版社,2018')).toBe(true);
    expect(isNoise('负责商场背景音乐的播放')).toBe(false);
  });
});
