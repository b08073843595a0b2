/**
 * Whether a page is in force and whether it is a report, decided at build
 * time for the page table (`page-table.ts`) and ranking (`rank.ts`). Kept
 * apart from the modules the browser loads: knowing which page type is a
 * report needs the reports kind (and its schema).
 */
import { reports } from '../collections/reports.ts';
import type { PageText } from './page-text.ts';

/**
 * Statuses of pages not in force: a policy's date-based lifecycle state
 * (`lifecycle.ts`: replaced, repealed, archived, or pending — not yet in
 * force), or another kind's raw status (superseded, archived). A policy
 * marked superseded whose successor is not yet in force carries `in-force`.
 */
const RETIRED = new Set<string>(['replaced', 'repealed', 'archived', 'pending', 'superseded']);

/** Rank flags of `page`: not in force (retired), a report. */
export function rankFlags(page: Pick<PageText, 'status' | 'type'>): { retired: boolean; report: boolean } {
  return { retired: RETIRED.has(page.status), report: page.type === reports.labels.singular };
}
