/** Dates as Chinese readers write them. */

/** `2026-03-01` → `2026年3月1日`. */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Human label of a reporting period, e.g. `2026年第三季度`, `2026年10月`, `2026年上半年`. */
export function formatPeriod(period: { unit: string; start: string; end: string }): string {
  const [y, m] = period.start.split('-').map(Number);
  switch (period.unit) {
    case 'year':
      return `${y}年度`;
    case 'half':
      return `${y}年${m! <= 6 ? '上' : '下'}半年`;
    case 'quarter':
      return `${y}年第${'一二三四'[Math.floor((m! - 1) / 3)]}季度`;
    case 'month':
      return `${y}年${m}月`;
    default:
      return `${formatChineseDate(period.start)}至${formatChineseDate(period.end)}`;
  }
}
