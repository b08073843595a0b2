import { describe, expect, it } from 'vitest';
import { cadence, clockTime, isoDate, isRealDate } from '../../../src/lib/schemas/common.ts';
import { policySchema } from '../../../src/lib/schemas/policies.ts';
import { periodSchema } from '../../../src/lib/schemas/reports.ts';
import { roleSchema } from '../../../src/lib/schemas/roles.ts';

describe('isoDate', () => {
  it('accepts real dates and Date objects', () => {
    expect(isoDate.parse('2024-02-29')).toBe('2024-02-29');
    expect(isoDate.parse(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
  });
  it('rejects impossible and malformed dates with a readable message', () => {
    expect(isoDate.safeParse('2026-09-31').error?.issues[0]?.message).toBe('日期“2026-09-31”不存在(9月没有31日),请核对');
    expect(isoDate.safeParse('2025-02-29').success).toBe(false);
    expect(isoDate.safeParse('2026/09/01').error?.issues[0]?.message).toContain('年-月-日');
  });
  it('knows month lengths', () => {
    expect(isRealDate(2026, 4, 30)).toBe(true);
    expect(isRealDate(2026, 4, 31)).toBe(false);
    expect(isRealDate(2026, 13, 1)).toBe(false);
  });
});

describe('enums and times', () => {
  it('folds Traditional spellings to the canonical value', () => {
    expect(cadence.parse('每週')).toBe('每周');
    expect(cadence.parse('隨時')).toBe('随时');
    expect(cadence.safeParse('偶尔').error?.issues[0]?.message).toContain('频次只能是:每日 / 每周');
  });
  it('accepts 24-hour clock times only', () => {
    expect(clockTime.safeParse('09:30').success).toBe(true);
    expect(clockTime.safeParse('9:30').success).toBe(false);
    expect(clockTime.safeParse('24:00').success).toBe(false);
  });
});

const role = {
  title: '运营经理', department: 'yunying', level: '经理', summary: '负责营运。', owner: 'jingli', updated: '2026-01-01',
  responsibilities: [{ text: '主持例会', cadence: '每周' }],
};

describe('roleSchema', () => {
  it('accepts KPIs whose weights sum to 100, or that have no weights at all', () => {
    expect(roleSchema.safeParse({ ...role, kpis: [{ name: 'a', weight: 70, cycle: '月度', standard: 's' }, { name: 'b', weight: 30, cycle: '季度', standard: 's' }] }).success).toBe(true);
    expect(roleSchema.safeParse({ ...role, kpis: [{ name: 'a', cycle: '月度', standard: 's' }] }).success).toBe(true);
  });
  it('rejects partial or wrong weights', () => {
    const partial = roleSchema.safeParse({ ...role, kpis: [{ name: 'a', weight: 100, cycle: '月度', standard: 's' }, { name: 'b', cycle: '月度', standard: 's' }] });
    expect(partial.error?.issues[0]?.message).toBe('KPI要么都写权重,要么都不写;缺少权重的有:b');
  });
  it('needs at least one responsibility', () => {
    expect(roleSchema.safeParse({ ...role, responsibilities: [] }).error?.issues[0]?.message).toBe('请至少写一项岗位职责');
  });
});

describe('policySchema', () => {
  const policy = { title: 't', docType: '办法', department: 'd', issuer: 'i', purpose: 'p', scope: 's', effective: '2026-01-01', status: 'active', owner: 'o', updated: '2026-01-01' };
  it('normalises versions', () => {
    expect(policySchema.parse({ ...policy, version: 2 }).version).toBe('2.0');
    expect(policySchema.parse({ ...policy, version: 'V2.1' }).version).toBe('V2.1');
    expect(policySchema.safeParse({ ...policy, version: '第二版' }).success).toBe(false);
  });
  it('checks scheme weights and bands', () => {
    const result = policySchema.safeParse({
      ...policy, version: '1.0',
      kpiScheme: { metrics: [{ name: 'a', weight: 50 }], bands: [{ min: 90, max: 75, payout: 'x' }], cycle: '月度' },
    });
    const messages = result.error?.issues.map((i) => i.message);
    expect(messages).toEqual(expect.arrayContaining(['考核指标的权重合计为 50,应为 100', '分数段上限 75 小于下限 90']));
  });
});

describe('periodSchema', () => {
  it('rejects an end before the start', () => {
    const result = periodSchema.safeParse({ unit: 'month', start: '2026-10-01', end: '2026-09-30' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['end'], message: '结束日期 2026-09-30 早于开始日期 2026-10-01' });
  });
});
