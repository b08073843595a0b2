import { describe, expect, it } from 'vitest';
import { formatChineseDate, formatPeriod } from '../../../src/lib/handbook/dates.ts';

describe('dates', () => {
  it('formats dates the Chinese way', () => {
    expect(formatChineseDate('2026-03-01')).toBe('2026年3月1日');
  });
  it('names periods', () => {
    expect(formatPeriod({ unit: 'quarter', start: '2026-07-01', end: '2026-09-30' })).toBe('2026年第三季度');
    expect(formatPeriod({ unit: 'half', start: '2026-07-01', end: '2026-12-31' })).toBe('2026年下半年');
    expect(formatPeriod({ unit: 'month', start: '2026-10-01', end: '2026-10-31' })).toBe('2026年10月');
    expect(formatPeriod({ unit: 'year', start: '2025-01-01', end: '2025-12-31' })).toBe('2025年度');
    expect(formatPeriod({ unit: 'week', start: '2026-11-23', end: '2026-11-29' })).toBe('2026年11月23日至2026年11月29日');
  });
});
