/**
 * Public holidays and make-up working days (调休) for the report scaffolder:
 * plain data (built by `holiday-data.ts` from maintained packages, carried in
 * the handbook snapshot) and pure look-ups, safe in the browser.
 *
 * Meeting dates follow the working-day calendar: a weekly or monthly meeting
 * that falls on a public holiday moves to the next working day, which may be
 * a make-up working day (a Saturday or Sunday worked in exchange).
 */
import { addDays, isoWeekday, shortChineseDate, weekdayName } from './periods.ts';

/** Which calendar a role follows: mainland China or Hong Kong. */
export type CalendarRegion = 'CN' | 'HK';

/** One region's calendar for a range of years. */
export interface HolidayCalendar {
  region: CalendarRegion;
  /** 中国内地 / 香港, for messages. */
  name: string;
  /** Package the dates come from, for messages: `chinese-days`. */
  source: string;
  /** First and last year the data covers; outside them no day is known to be a holiday. */
  firstYear: number;
  lastYear: number;
  /** Public holidays: date → name (国庆节). */
  holidays: Record<string, string>;
  /** Make-up working days on a weekend: date → the holiday they make up for. */
  workdays: Record<string, string>;
}

export type HolidayCalendars = Partial<Record<CalendarRegion, HolidayCalendar>>;

/** The calendar of a branch: Hong Kong for roles or departments written for Hong Kong, mainland China otherwise. */
export function calendarRegion(...langs: (string | undefined)[]): CalendarRegion {
  return langs.includes('zh-HK') ? 'HK' : 'CN';
}

/** True when the calendar has data for `year`. */
export function coversYear(calendar: HolidayCalendar, year: number): boolean {
  return year >= calendar.firstYear && year <= calendar.lastYear;
}

/** The holiday's name on `date`, if it is a public holiday. */
function holidayName(calendar: HolidayCalendar, date: string): string | undefined {
  return calendar.holidays[date];
}

/** True on a make-up working day (a weekend day worked in exchange for a holiday). */
export function isMakeUpDay(calendar: HolidayCalendar, date: string): boolean {
  return calendar.workdays[date] !== undefined;
}

/** True on an office working day: Monday to Friday except public holidays, plus make-up working days. */
export function isWorkingDay(calendar: HolidayCalendar, date: string): boolean {
  if (isMakeUpDay(calendar, date)) return true;
  return isoWeekday(date) <= 5 && holidayName(calendar, date) === undefined;
}

/** The first working day after `date`. */
export function nextWorkingDay(calendar: HolidayCalendar, date: string): string {
  let day = addDays(date, 1);
  // A year of holidays in a row cannot happen; the bound only guards against bad data.
  for (let i = 0; i < 60 && !isWorkingDay(calendar, day); i++) day = addDays(day, 1);
  return day;
}

/** A meeting date after the calendar is applied. */
export interface MeetingDate {
  date: string;
  /** The scheduled date it was moved from, when that was a public holiday. */
  movedFrom?: string | undefined;
  /** Name of that holiday. */
  holiday?: string | undefined;
}

/**
 * Applies the calendar to scheduled meeting dates: one on a public holiday
 * moves to the next working day (顺延); two that land on the same day are
 * held once. Dates in years the calendar does not cover are kept as they are.
 */
export function meetingDates(calendar: HolidayCalendar | undefined, scheduled: readonly string[]): MeetingDate[] {
  const out: MeetingDate[] = [];
  for (const date of scheduled) {
    const holiday = calendar && coversYear(calendar, Number(date.slice(0, 4))) ? holidayName(calendar, date) : undefined;
    const meeting: MeetingDate = holiday ? { date: nextWorkingDay(calendar!, date), movedFrom: date, holiday } : { date };
    if (!out.some((m) => m.date === meeting.date)) out.push(meeting);
  }
  return out;
}

/** `10月8日(周四,10月5日国庆节顺延)` or `10月12日`. */
export function meetingDateText(meeting: MeetingDate, withYear = false): string {
  const day = shortChineseDate(meeting.date, withYear);
  return meeting.movedFrom
    ? `${day}(${weekdayName(meeting.date)},${shortChineseDate(meeting.movedFrom, withYear)}${meeting.holiday}顺延)`
    : day;
}

/**
 * Working days among `dates` for a schedule restricted to weekdays (周一至周五):
 * holidays are dropped and make-up working days added.
 */
export function workingDates(calendar: HolidayCalendar | undefined, dates: readonly string[], weekdays: readonly number[]): string[] {
  return dates.filter((date) => {
    if (!calendar || !coversYear(calendar, Number(date.slice(0, 4)))) return weekdays.includes(isoWeekday(date));
    if (isMakeUpDay(calendar, date)) return weekdays.some((w) => w <= 5);
    return weekdays.includes(isoWeekday(date)) && holidayName(calendar, date) === undefined;
  });
}

/** Years of `dates` (or of a period's start and end) that the calendar has no data for. */
export function uncoveredYears(calendar: HolidayCalendar, start: string, end: string): number[] {
  const years: number[] = [];
  for (let year = Number(start.slice(0, 4)); year <= Number(end.slice(0, 4)); year++) if (!coversYear(calendar, year)) years.push(year);
  return years;
}

/** The note shown to the writer when a period lies beyond the calendar's data. */
export function uncoveredNote(calendar: HolidayCalendar, years: readonly number[]): string {
  return `${years.join('、')}年的${calendar.name}法定节假日和调休安排不在节假日数据内(${calendar.source} 只收录 ${calendar.firstYear}–${calendar.lastYear} 年),` +
    `会议日期未按节假日调整,请按当年公布的放假安排核对。`;
}
