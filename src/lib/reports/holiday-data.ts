/**
 * Builds the holiday calendars (see `holidays.ts`) from maintained packages,
 * at build time or in the command line — never in the browser, which gets
 * the result inside the handbook snapshot:
 *
 * - mainland China: `chinese-days` (State Council announcements: holidays and
 *   the weekend days worked in exchange, 调休), one year at a time as the
 *   State Council publishes it;
 * - Hong Kong: `date-holidays` (general holidays by the Holidays Ordinance's
 *   rules, including the “day following” substitutes); Hong Kong has no
 *   make-up working days.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import Holidays from 'date-holidays';
import type { HolidayCalendar, HolidayCalendars } from './holidays.ts';

/**
 * Years computed for Hong Kong: its rules hold for any year; the range bounds
 * the data shipped to the browser and the time spent (the lunar holidays cost
 * about 0.1 s a year to compute, in every build and every `npm run new` for a
 * Hong Kong role).
 */
export const HK_YEARS = { first: 2024, last: 2030 } as const;

/** `National Day,国庆节,3` → `国庆节`. */
function chineseName(value: string): string {
  return value.split(',')[1] ?? value;
}

/** Mainland China from `chinese-days`. */
export function mainlandCalendar(): HolidayCalendar {
  const data = chineseDays as { holidays: Record<string, string>; workdays: Record<string, string> };
  const holidays = Object.fromEntries(Object.entries(data.holidays).map(([date, value]) => [date, chineseName(value)]));
  const workdays = Object.fromEntries(Object.entries(data.workdays).map(([date, value]) => [date, chineseName(value)]));
  const years = Object.keys(holidays).map((date) => Number(date.slice(0, 4)));
  return {
    region: 'CN', name: '中国内地', source: 'chinese-days',
    firstYear: Math.min(...years), lastYear: Math.max(...years), holidays, workdays,
  };
}

/** Hong Kong from `date-holidays`, for {@link HK_YEARS}. */
export function hongKongCalendar(first: number = HK_YEARS.first, last: number = HK_YEARS.last): HolidayCalendar {
  const hd = new Holidays('HK', { languages: ['zh'], types: ['public'] });
  const holidays: Record<string, string> = {};
  for (let year = first; year <= last; year++) {
    for (const holiday of hd.getHolidays(year, 'zh')) {
      if (holiday.type === 'public') holidays[holiday.date.slice(0, 10)] = holiday.name;
    }
  }
  return { region: 'HK', name: '香港', source: 'date-holidays', firstYear: first, lastYear: last, holidays, workdays: {} };
}

let cached: HolidayCalendars | undefined;

/**
 * Both calendars, as the snapshot carries them: each computed once per
 * process, when first read. `npm run new` for a mainland role never pays for
 * Hong Kong's (about half a second); the build's `/new/handbook.json`
 * serialises both.
 */
export function holidayCalendars(): HolidayCalendars {
  if (cached) return cached;
  const once = <T>(make: () => T) => {
    let value: T | undefined;
    return () => (value ??= make());
  };
  cached = Object.defineProperties({} as HolidayCalendars, {
    CN: { enumerable: true, get: once(mainlandCalendar) },
    HK: { enumerable: true, get: once(() => hongKongCalendar()) },
  });
  return cached;
}
