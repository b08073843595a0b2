/**
 * The rank flags of a page (see `records.ts` RankFlag), decided at build
 * time. Kept apart from `records.ts`, which the browser also loads: knowing
 * which page type is a report needs the reports kind (and its schema).
 */
import { reports } from '../collections/reports.ts';
import type { PageText } from './page-text.ts';
import { MAIN_LANG, type RankFlag } from './records.ts';

/**
 * Statuses of pages not in force: a policy's date-based lifecycle state
 * (`lifecycle.ts`: replaced, repealed, archived, or pending — not yet in
 * force), or another kind's raw status (superseded, archived). A policy
 * marked superseded whose successor is not yet in force carries `in-force`.
 */
const RETIRED = new Set<string>(['replaced', 'repealed', 'archived', 'pending', 'superseded']);

/** Flags of `page`: retired (not in force), report, and its language unless it is the main one. */
export function rankFlags(page: Pick<PageText, 'status' | 'type' | 'lang'>): RankFlag[] {
  const flags: RankFlag[] = [];
  if (RETIRED.has(page.status)) flags.push('retired');
  if (page.type === reports.labels.singular) flags.push('report');
  if (page.lang && page.lang !== MAIN_LANG) flags.push('lang:*', `lang:${page.lang}`);
  return flags;
}
