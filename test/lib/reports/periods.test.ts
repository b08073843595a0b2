import { describe, expect, it } from 'vitest';
import {
  defaultPeriod, isoWeekOf, isoWeeksInYear, nextPeriod, parsePeriod, periodContaining, periodFromRange, periodLabelWithDates, previousPeriod,
} from '../../../src/lib/reports/periods.ts';

describe('reporting periods', () => {
  it.each([
    ['2026-W48', 'week', '2026-11-23', '2026-11-29', '2026年第48周'],
    ['2026-W01', 'week', '2025-12-29', '2026-01-04', '2026年第1周'],
    ['2026-W53', 'week', '2026-12-28', '2027-01-03', '2026年第53周'],
    ['2026-12', 'month', '2026-12-01', '2026-12-31', '2026年12月'],
    ['2028-02', 'month', '2028-02-01', '2028-02-29', '2028年2月'],
    ['2026-Q4', 'quarter', '2026-10-01', '2026-12-31', '2026年第四季度'],
    ['2026-H1', 'half', '2026-01-01', '2026-06-30', '2026年上半年'],
    ['2026-H2', 'half', '2026-07-01', '2026-12-31', '2026年下半年'],
    ['2026', 'year', '2026-01-01', '2026-12-31', '2026年度'],
  ])('%s is a %s from %s to %s (%s)', (key, unit, start, end, label) => {
    const period = parsePeriod(key);
    expect(period).toMatchObject({ unit, start, end, label, key, slug: key.toLowerCase() });
  });

  it('reads lower case, missing hyphens and full-width characters', () => {
    expect(parsePeriod('2026-w48').key).toBe('2026-W48');
    expect(parsePeriod('2026q4').key).toBe('2026-Q4');
    expect(parsePeriod('２０２６－１２').key).toBe('2026-12');
    expect(parsePeriod('2026-1').key).toBe('2026-01');
  });

  it.each([
    ['2026-13', '月份应在 01–12 之间,没有第 13 个月'],
    ['2026-00', '没有第 0 个月'],
    ['2026-W54', '2026 年只有 53 周'],
    ['2025-W53', '2025 年只有 52 周'],
    ['2026-W00', '没有第 0 周'],
    ['2026-Q5', '季度只能是 Q1–Q4'],
    ['2026-H3', '半年只能是 H1'],
    ['26-12', '无法识别周期'],
    ['下个月', '无法识别周期'],
  ])('refuses %s: %s', (key, message) => {
    expect(() => parsePeriod(key)).toThrow(message);
  });

  it('counts ISO weeks and finds the week of a date across new year', () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2027)).toBe(52);
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2026-11-23')).toEqual({ year: 2026, week: 48 });
  });

  it('steps to the next and previous period, across years', () => {
    expect(nextPeriod(parsePeriod('2026-12')).key).toBe('2027-01');
    expect(previousPeriod(parsePeriod('2026-Q1')).key).toBe('2025-Q4');
    expect(nextPeriod(parsePeriod('2026-W53')).key).toBe('2027-W01');
    expect(nextPeriod(parsePeriod('2026-H2')).key).toBe('2027-H1');
  });

  it('suggests the current period for a plan and the one just ended for an early summary', () => {
    expect(defaultPeriod('month', '2026-11-03', false).key).toBe('2026-11');
    expect(defaultPeriod('month', '2026-11-03', true).key).toBe('2026-10');
    expect(defaultPeriod('month', '2026-11-25', true).key).toBe('2026-11');
    expect(defaultPeriod('week', '2026-11-23', true).key).toBe('2026-W47');
    expect(periodContaining('quarter', '2026-11-22').key).toBe('2026-Q4');
  });

  it('recognises a frontmatter range that is a whole period', () => {
    expect(periodFromRange({ unit: 'quarter', start: '2026-10-01', end: '2026-12-31' })?.key).toBe('2026-Q4');
    expect(periodFromRange({ unit: 'month', start: '2026-10-01', end: '2026-10-30' })).toBeUndefined();
    expect(periodLabelWithDates(parsePeriod('2026-W53'))).toBe('2026年第53周(2026年12月28日–2027年1月3日)');
  });
});
