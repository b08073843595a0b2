/**
 * Reporting periods: ISO week (2026-W48), month (2026-12), quarter (2026-Q4),
 * half year (2026-H2) and year (2026), with their real first and last days
 * and the Chinese labels plans and summaries use.
 *
 * Dates are ISO strings (YYYY-MM-DD) computed in UTC, so results never
 * depend on the machine's time zone.
 */

export const PERIOD_UNITS = ['week', 'month', 'quarter', 'half', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** A reporting period with its canonical key, dates and labels. */
export interface ReportPeriod {
  unit: PeriodUnit;
  /** Canonical key: 2026-W48, 2026-12, 2026-Q4, 2026-H2, 2026. */
  key: string;
  /** Year the period belongs to (the ISO week-numbering year for weeks). */
  year: number;
  /** Week, month, quarter or half number; 1 for a year. */
  index: number;
  start: string;
  end: string;
  /** Chinese label: 2026年第48周, 2026年12月, 2026年第四季度, 2026年下半年, 2026年度. */
  label: string;
  /** Lower-case key for file names: 2026-w48, 2026-12, 2026-q4, 2026-h2, 2026. */
  slug: string;
}

/** Chinese name of each unit, as used in forms and prompts. */
export const PERIOD_UNIT_NAMES: Record<PeriodUnit, string> = {
  week: '周',
  month: '月',
  quarter: '季度',
  half: '半年',
  year: '年',
};

/** Example key of each unit, for prompts and error messages. */
export const PERIOD_EXAMPLES: Record<PeriodUnit, string> = {
  week: '2026-W48',
  month: '2026-12',
  quarter: '2026-Q4',
  half: '2026-H2',
  year: '2026',
};

const CHINESE_NUMERALS = ['一', '二', '三', '四'];
const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** Error thrown for a period that cannot be read or does not exist; the message is for people. */
export class PeriodError extends Error {
  override name = 'PeriodError';
}

// ---------------------------------------------------------------- date helpers

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO date string of a UTC date. */
function iso(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function utc(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** `iso` plus `days` days. */
export function addDays(isoDate: string, days: number): string {
  const date = utc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(isoDate: string): number {
  return ((utc(isoDate).getUTCDay() + 6) % 7) + 1;
}

/** Chinese weekday name of a date: 周一 … 周日. */
export function weekdayName(isoDate: string): string {
  return WEEKDAY_NAMES[isoWeekday(isoDate) - 1]!;
}

/** Number of days in a month (1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Every date from `start` to `end`, both included. */
export function datesBetween(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) dates.push(day);
  return dates;
}

/** `2026-12-07` → `12月7日`; with the year when `withYear`. */
export function shortChineseDate(isoDate: string, withYear = false): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${withYear ? `${y}年` : ''}${m}月${d}日`;
}

/** `2026-12-07` → `2026年12月7日`. */
export function chineseDate(isoDate: string): string {
  return shortChineseDate(isoDate, true);
}

/** Today's date (local calendar day of the machine or browser) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Monday of ISO week 1 of an ISO week-numbering year. */
function firstMonday(isoYear: number): string {
  const jan4 = `${pad(isoYear, 4)}-01-04`;
  return addDays(jan4, 1 - isoWeekday(jan4));
}

/** Number of ISO weeks (52 or 53) in an ISO week-numbering year. */
export function isoWeeksInYear(isoYear: number): number {
  return isoWeekOf(`${pad(isoYear, 4)}-12-28`).week;
}

/** ISO week-numbering year and week of a date. */
export function isoWeekOf(isoDate: string): { year: number; week: number } {
  // The Thursday of the date's week decides the year.
  const thursday = addDays(isoDate, 4 - isoWeekday(isoDate));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((utc(thursday).getTime() - utc(firstMonday(year)).getTime()) / 86_400_000 / 7) + 1;
  return { year, week };
}

// ---------------------------------------------------------------- periods

/** Builds a period from its unit, year and index (week, month, quarter or half number). */
export function makePeriod(unit: PeriodUnit, year: number, index = 1): ReportPeriod {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) {
    throw new PeriodError(`年份“${year}”不合理,请写 4 位年份,例如 2026`);
  }
  let start: string;
  let end: string;
  let key: string;
  let label: string;
  switch (unit) {
    case 'week': {
      const weeks = isoWeeksInYear(year);
      if (!Number.isInteger(index) || index < 1 || index > weeks) {
        throw new PeriodError(`${year} 年只有 ${weeks} 周(按 ISO 周计算),没有第 ${index} 周;周次应在 W01–W${weeks} 之间`);
      }
      start = addDays(firstMonday(year), (index - 1) * 7);
      end = addDays(start, 6);
      key = `${year}-W${pad(index)}`;
      label = `${year}年第${index}周`;
      break;
    }
    case 'month': {
      if (!Number.isInteger(index) || index < 1 || index > 12) {
        throw new PeriodError(`月份应在 01–12 之间,没有第 ${index} 个月`);
      }
      start = `${year}-${pad(index)}-01`;
      end = `${year}-${pad(index)}-${pad(daysInMonth(year, index))}`;
      key = `${year}-${pad(index)}`;
      label = `${year}年${index}月`;
      break;
    }
    case 'quarter': {
      if (!Number.isInteger(index) || index < 1 || index > 4) {
        throw new PeriodError(`季度只能是 Q1–Q4,没有第 ${index} 季度`);
      }
      const firstMonth = (index - 1) * 3 + 1;
      start = `${year}-${pad(firstMonth)}-01`;
      end = `${year}-${pad(firstMonth + 2)}-${pad(daysInMonth(year, firstMonth + 2))}`;
      key = `${year}-Q${index}`;
      label = `${year}年第${CHINESE_NUMERALS[index - 1]}季度`;
      break;
    }
    case 'half': {
      if (!Number.isInteger(index) || index < 1 || index > 2) {
        throw new PeriodError(`半年只能是 H1(上半年)或 H2(下半年),没有 H${index}`);
      }
      start = index === 1 ? `${year}-01-01` : `${year}-07-01`;
      end = index === 1 ? `${year}-06-30` : `${year}-12-31`;
      key = `${year}-H${index}`;
      label = `${year}年${index === 1 ? '上' : '下'}半年`;
      break;
    }
    case 'year':
      index = 1;
      start = `${year}-01-01`;
      end = `${year}-12-31`;
      key = String(year);
      label = `${year}年度`;
      break;
    default:
      throw new PeriodError(`不认识的周期类型“${String(unit)}”`);
  }
  return { unit, key, year, index, start, end, label, slug: key.toLowerCase() };
}

const KEY_PATTERNS: [RegExp, PeriodUnit][] = [
  [/^(\d{4})-?W(\d{1,2})$/i, 'week'],
  [/^(\d{4})-?Q(\d)$/i, 'quarter'],
  [/^(\d{4})-?H(\d)$/i, 'half'],
  [/^(\d{4})-(\d{1,2})$/, 'month'],
  [/^(\d{4})$/, 'year'],
];

/**
 * Reads a period key: `2026-W48`, `2026-12`, `2026-Q4`, `2026-H2` or `2026`
 * (case and full-width characters do not matter). Throws a {@link PeriodError}
 * that says what is wrong, e.g. for `2026-13` or `2026-W54`.
 */
export function parsePeriod(text: string): ReportPeriod {
  const key = text.normalize('NFKC').trim();
  for (const [pattern, unit] of KEY_PATTERNS) {
    const match = pattern.exec(key);
    if (!match) continue;
    const year = Number(match[1]);
    const index = match[2] === undefined ? 1 : Number(match[2]);
    try {
      return makePeriod(unit, year, index);
    } catch (error) {
      if (error instanceof PeriodError) throw new PeriodError(`周期“${text}”不存在:${error.message}`);
      throw error;
    }
  }
  throw new PeriodError(
    `无法识别周期“${text}”。请写成 ${PERIOD_EXAMPLES.week}(周)、${PERIOD_EXAMPLES.month}(月)、` +
      `${PERIOD_EXAMPLES.quarter}(季度)、${PERIOD_EXAMPLES.half}(半年)或 ${PERIOD_EXAMPLES.year}(年)`,
  );
}

/** The period of `unit` that contains `date` (YYYY-MM-DD). */
export function periodContaining(unit: PeriodUnit, date: string): ReportPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (unit) {
    case 'week': {
      const { year: weekYear, week } = isoWeekOf(date);
      return makePeriod('week', weekYear, week);
    }
    case 'month':
      return makePeriod('month', year, month);
    case 'quarter':
      return makePeriod('quarter', year, Math.ceil(month / 3));
    case 'half':
      return makePeriod('half', year, month <= 6 ? 1 : 2);
    default:
      return makePeriod('year', year);
  }
}

/** The period right after `period`, of the same unit. */
export function nextPeriod(period: ReportPeriod): ReportPeriod {
  return periodContaining(period.unit, addDays(period.end, 1));
}

/** The period right before `period`, of the same unit. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  return periodContaining(period.unit, addDays(period.start, -1));
}

/**
 * The period a report is usually written for on `today`: a plan covers the
 * current period; a summary or review covers the current period once it is
 * half over, and the previous one before that (a monthly summary written on
 * 3 November is October's).
 */
export function defaultPeriod(unit: PeriodUnit, today: string, looksBack: boolean): ReportPeriod {
  const current = periodContaining(unit, today);
  if (!looksBack) return current;
  const length = datesBetween(current.start, current.end).length;
  const elapsed = datesBetween(current.start, today).length;
  return elapsed * 2 > length ? current : previousPeriod(current);
}

/** Label with dates for people choosing a period: 2026年第48周(11月23日–11月29日). */
export function periodLabelWithDates(period: ReportPeriod): string {
  const withYear = period.start.slice(0, 4) !== period.end.slice(0, 4);
  return `${period.label}(${shortChineseDate(period.start, withYear)}–${shortChineseDate(period.end, withYear)})`;
}

/** Finds the period a report's frontmatter `{ unit, start, end }` describes, if it is a whole period. */
export function periodFromRange(range: { unit: string; start: string; end: string }): ReportPeriod | undefined {
  if (!(PERIOD_UNITS as readonly string[]).includes(range.unit)) return undefined;
  try {
    const period = periodContaining(range.unit as PeriodUnit, range.start);
    return period.start === range.start && period.end === range.end ? period : undefined;
  } catch {
    return undefined;
  }
}
