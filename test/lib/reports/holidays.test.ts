import { describe, expect, it } from 'vitest';
import { hongKongCalendar, mainlandCalendar } from '../../../src/lib/reports/holiday-data.ts';
import {
  calendarRegion, coversYear, isMakeUpDay, isWorkingDay, meetingDates, meetingDateText, nextWorkingDay, uncoveredNote, uncoveredYears, workingDates,
} from '../../../src/lib/reports/holidays.ts';
import { datesBetween } from '../../../src/lib/reports/periods.ts';

const cn = mainlandCalendar();
const hk = hongKongCalendar();

describe('holiday calendars', () => {
  it('knows the 2026 National Day holiday and its make-up working days in mainland China', () => {
    expect(cn.holidays['2026-10-05']).toBe('国庆节');
    expect(isWorkingDay(cn, '2026-10-05')).toBe(false);
    // 2026-09-20 (Sunday) and 2026-10-10 (Saturday) are worked in exchange.
    expect(isMakeUpDay(cn, '2026-09-20')).toBe(true);
    expect(isWorkingDay(cn, '2026-09-20')).toBe(true);
    expect(isWorkingDay(cn, '2026-09-19')).toBe(false);
    expect(nextWorkingDay(cn, '2026-10-05')).toBe('2026-10-08');
  });

  it('moves a Monday meeting off 10月5日 to the next working day and keeps the others', () => {
    const mondays = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26'];
    const dates = meetingDates(cn, mondays);
    expect(dates.map((d) => d.date)).toEqual(['2026-10-08', '2026-10-12', '2026-10-19', '2026-10-26']);
    expect(dates.some((d) => d.date === '2026-10-05')).toBe(false);
    expect(meetingDateText(dates[0]!)).toBe('10月8日(周四,10月5日国庆节顺延)');
  });

  it('moves a meeting onto a make-up working day when that is the next working day', () => {
    // Spring Festival 2026: holidays 2月15日–23日, 2月28日 (Saturday) is worked.
    expect(isMakeUpDay(cn, '2026-02-28')).toBe(true);
    expect(meetingDates(cn, ['2026-02-27'])).toEqual([{ date: '2026-02-27' }]);
    const friday = meetingDates({ ...cn, holidays: { ...cn.holidays, '2026-02-27': '测试假日' } }, ['2026-02-27']);
    expect(friday[0]!.date).toBe('2026-02-28');
  });

  it('counts make-up working days in a weekday-only schedule and drops the holidays', () => {
    const september = datesBetween('2026-09-01', '2026-09-30');
    const weekdays = [1, 2, 3, 4, 5];
    const days = workingDates(cn, september, weekdays);
    // 22 weekdays, less 中秋节 on Friday 9月25日, plus Sunday 9月20日 worked for 国庆节.
    expect(days).toContain('2026-09-20');
    expect(days).not.toContain('2026-09-25');
    expect(days).toHaveLength(22);
    const october = workingDates(cn, datesBetween('2026-10-01', '2026-10-31'), weekdays);
    expect(october).not.toContain('2026-10-05');
    expect(october).toContain('2026-10-10');
  });

  it('respects Hong Kong general holidays such as 2026-07-01, which mainland China works', () => {
    expect(hk.holidays['2026-07-01']).toContain('香港特別行政區成立紀念日');
    expect(isWorkingDay(hk, '2026-07-01')).toBe(false);
    expect(isWorkingDay(cn, '2026-07-01')).toBe(true);
    expect(meetingDates(hk, ['2026-07-01'])[0]!.date).toBe('2026-07-02');
    expect(meetingDates(cn, ['2026-07-01'])[0]!.date).toBe('2026-07-01');
    // Mainland 调休 does not apply in Hong Kong.
    expect(isWorkingDay(hk, '2026-09-20')).toBe(false);
  });

  it('picks the Hong Kong calendar for zh-HK roles or departments', () => {
    expect(calendarRegion('zh-HK', 'zh-HK')).toBe('HK');
    expect(calendarRegion('zh-CN', 'zh-HK')).toBe('HK');
    expect(calendarRegion('zh-CN', undefined)).toBe('CN');
  });

  it('says when a year is beyond the package data and leaves such dates unmoved', () => {
    expect(coversYear(cn, 2026)).toBe(true);
    expect(coversYear(cn, cn.lastYear + 1)).toBe(false);
    const next = cn.lastYear + 1;
    expect(uncoveredYears(cn, `${cn.lastYear}-12-01`, `${next}-01-31`)).toEqual([next]);
    expect(uncoveredNote(cn, [next])).toBe(
      `${next}年的中国内地法定节假日和调休安排不在节假日数据内(chinese-days 只收录 ${cn.firstYear}–${cn.lastYear} 年),会议日期未按节假日调整,请按当年公布的放假安排核对。`,
    );
    // 1 January is a holiday every year, but without data it is not moved.
    expect(meetingDates(cn, [`${next}-01-01`])).toEqual([{ date: `${next}-01-01` }]);
  });
});
