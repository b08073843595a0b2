/** The date a build treats as "today" (for effective dates and review reminders). */

/** `HANDBOOK_BUILD_DATE` (YYYY-MM-DD) when set — tests pin it — otherwise today's date in UTC+8. */
export function buildDate(): string {
  const pinned = process.env.HANDBOOK_BUILD_DATE;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
