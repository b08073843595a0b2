import { describe, expect, it } from 'vitest';
import { layoutOrgChart } from '../../../src/lib/diagrams/org-chart.ts';

const departments = [{ id: 'ops', name: '运营部' }, { id: 'cs', name: '客服部' }, { id: 'fin', name: '财务部' }];
const roles = [
  { id: 'gm', title: '总经理', department: 'office' },
  { id: 'ops-m', title: '运营经理', department: 'ops', reportsTo: 'gm' },
  { id: 'ops-s', title: '运营主管', department: 'ops', reportsTo: 'ops-m' },
  { id: 'cs-s', title: '客服主管', department: 'cs', reportsTo: 'ops-m' },
  { id: 'fin-m', title: '财务经理', department: 'fin', reportsTo: 'gm' },
];

describe('layoutOrgChart', () => {
  it('puts roles without a manager on top and one column per department that has roles', () => {
    const layout = layoutOrgChart(departments, roles);
    expect(layout.boxes.filter((b) => b.kind === 'top').map((b) => b.id)).toEqual(['gm']);
    expect(layout.boxes.filter((b) => b.kind === 'department').map((b) => b.id)).toEqual(['dept:ops', 'dept:cs', 'dept:fin']);
  });

  it('indents a role under its manager and notes managers in other departments', () => {
    const layout = layoutOrgChart(departments, roles);
    const box = (id: string) => layout.boxes.find((b) => b.id === id)!;
    expect(box('ops-s').x).toBeGreaterThan(box('ops-m').x);
    expect(box('ops-s').y).toBeGreaterThan(box('ops-m').y);
    expect(box('cs-s').note).toBe('向运营经理汇报');
    expect(box('ops-m').note).toBeUndefined();
  });

  it('wraps department columns into rows', () => {
    const layout = layoutOrgChart(departments, roles, 2);
    const fin = layout.boxes.find((b) => b.id === 'dept:fin')!;
    const ops = layout.boxes.find((b) => b.id === 'dept:ops')!;
    expect(fin.y).toBeGreaterThan(ops.y);
    expect(fin.x).toBe(ops.x);
  });

  it('draws at most maxPerDepartment roles in a column, the top of the tree first, and counts the rest', () => {
    const many = [...roles, ...Array.from({ length: 30 }, (_, i) => ({ id: `ops-${i}`, title: `运营员${i}`, department: 'ops', reportsTo: 'ops-s' }))];
    const layout = layoutOrgChart(departments, many, 6, 5);
    const ops = layout.boxes.filter((b) => b.department === 'ops' && b.kind === 'role').map((b) => b.id);
    expect(ops).toEqual(['ops-m', 'ops-s', 'ops-0', 'ops-1', 'ops-2']);
    const more = layout.boxes.find((b) => b.kind === 'more')!;
    expect(more).toMatchObject({ id: 'more:ops', department: 'ops', lines: ['另有 27 个岗位…'] });
    expect(more.y).toBeGreaterThan(layout.boxes.find((b) => b.id === 'ops-2')!.y);
    expect(layout.boxes.filter((b) => b.kind === 'more')).toHaveLength(1);
  });
});
