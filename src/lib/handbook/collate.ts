/** Sort orders used across the handbook. */

/**
 * Chinese (pinyin) order. One collator serves the whole build:
 * `a.localeCompare(b, 'zh-CN')` sets one up on every call, which dominates
 * sorting thousands of titles.
 */
export const compareZh: (a: string, b: string) => number = new Intl.Collator('zh-CN').compare;

/** Code-unit order, for ISO dates and ids (what `<` does). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
