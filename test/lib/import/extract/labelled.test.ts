import { describe, expect, it } from 'vitest';
import { readLabelled } from '../../../../src/lib/import/extract/labelled.ts';
import { linesOf } from '../../../../src/lib/import/extract/tree.ts';
import { structured } from './fixture.ts';

const SPEC = { title: ['职位名称', '岗位名称'], department: ['所属部门'], reportsTo: ['直接上级'], headcount: ['本岗编制'], code: ['职位编号'] };

describe('readLabelled', () => {
  it('reads a flattened form row: each value runs to the next label', () => {
    const lines = linesOf(structured('职位编号: 编制日期: 职位名称 宾馆运营总监 所属部门 宾馆营运部 直接上级 副总经理 本岗编制 1\n'));
    const { values, fieldLines } = readLabelled(lines, { ...SPEC, date: ['编制日期'] });
    expect(values.get('title')).toMatchObject({ value: '宾馆运营总监', blank: false, line: 1 });
    expect(values.get('department')!.value).toBe('宾馆营运部');
    expect(values.get('reportsTo')!.value).toBe('副总经理');
    expect(values.get('headcount')!.value).toBe('1');
    expect(values.get('code')).toMatchObject({ value: '', blank: true });
    expect([...fieldLines]).toEqual([0]);
  });

  it('reads colon fields in either script and treats placeholders as blank', () => {
    const lines = linesOf(structured('所屬部門:營運部\n\n直接上级:xx\n'));
    const { values } = readLabelled(lines, SPEC);
    expect(values.get('department')).toMatchObject({ value: '營運部', label: '所屬部門' });
    expect(values.get('reportsTo')!.blank).toBe(true);
  });

  it('reads long labels glued to the previous value when a colon follows', () => {
    const lines = linesOf(structured('岗位名称:楼层主管所属部门:运营部直接上级:运营经理\n'));
    const { values } = readLabelled(lines, SPEC);
    expect([values.get('department')!.value, values.get('reportsTo')!.value]).toEqual(['运营部', '运营经理']);
  });

  it('ignores labels inside running text', () => {
    const lines = linesOf(structured('请将报告交直接上级审阅。\n'));
    expect(readLabelled(lines, SPEC).values.size).toBe(0);
  });
});
