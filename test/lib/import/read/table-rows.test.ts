import { describe, expect, it } from 'vitest';
import { alignCells, htmlToLines } from '../../../../src/lib/import/read/read-html.ts';

describe('table rows from HTML', () => {
  it('numbers tables and rows, and lines cells up under merged cells', () => {
    const html = `<p>开闭店安排</p>
<table>
<tr><th>时间</th><th>事项</th><th>负责人</th></tr>
<tr><td>21:50</td><td>播放闭店广播</td><td rowspan="2">客服主管</td></tr>
<tr><td>22:00</td><td>清点商品</td></tr>
<tr><td colspan="2">以上时间节假日顺延</td><td>值班经理</td></tr>
</table>
<table><tr><td>所属部门</td><td>运营部</td></tr></table>`;
    const lines = htmlToLines(html);
    expect(lines[0]).toEqual({ line: 1, text: '开闭店安排' });
    expect(lines.slice(1).map((l) => [l.table?.table, l.table?.row, l.table?.cells])).toEqual([
      [1, 0, ['时间', '事项', '负责人']],
      [1, 1, ['21:50', '播放闭店广播', '客服主管']],
      [1, 2, ['22:00', '清点商品', '客服主管']],
      [1, 3, ['以上时间节假日顺延', '', '值班经理']],
      [2, 0, ['所属部门', '运营部']],
    ]);
    // Each row stays one line, cells separated by a tab.
    expect(lines[3]!.text).toBe('22:00\t清点商品\t客服主管');
  });

  it('carries a cell spanning rows into a column after the row’s own cells', () => {
    const carried = new Map<number, { text: string; left: number }>();
    expect(alignCells(['甲', '乙'], [{ colspan: 1, rowspan: 1 }, { colspan: 1, rowspan: 3 }], carried)).toEqual(['甲', '乙']);
    expect(alignCells(['丙'], [{ colspan: 1, rowspan: 1 }], carried)).toEqual(['丙', '乙']);
    expect(alignCells(['丁'], [{ colspan: 1, rowspan: 1 }], carried)).toEqual(['丁', '乙']);
    expect(alignCells(['戊'], [{ colspan: 1, rowspan: 1 }], carried)).toEqual(['戊']);
  });
});

describe('tables that only lay a page out', () => {
  it('reads a cell holding paragraphs as paragraphs, and a table nested in a layout cell as a table', () => {
    const html = `<table><tr><td>
<h1>商场晨会制度</h1><p>一、晨会每天9:20开始。</p><p>二、检查员工出勤。</p>
<table><tr><th>时间</th><th>事项</th></tr><tr><td>9:20</td><td>点名</td></tr></table>
<p>三、布置当天的工作任务。</p>
</td></tr></table>`;
    const lines = htmlToLines(html);
    expect(lines.map((l) => l.table?.cells ?? l.text)).toEqual([
      '商场晨会制度',
      '一、晨会每天9:20开始。',
      '二、检查员工出勤。',
      ['时间', '事项'],
      ['9:20', '点名'],
      '三、布置当天的工作任务。',
    ]);
  });

  it('keeps a data cell with two paragraphs in its row, joined by a space', () => {
    const lines = htmlToLines('<table><tr><th>事项</th><th>负责人</th></tr><tr><td><p>清场</p><p>关灯</p></td><td>楼层主管</td></tr></table>');
    expect(lines.map((l) => l.table?.cells)).toEqual([['事项', '负责人'], ['清场 关灯', '楼层主管']]);
  });
});
