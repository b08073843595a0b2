/**
 * How search results are ordered. Phrase matches carry no score in
 * Pagefind, so the order comes from where a page matched and what kind of
 * page it is, compared key by key:
 * 1. match: the title is exactly the query, then the title contains it,
 *    then a heading does, then only the body;
 * 2. pages in force before superseded or archived ones;
 * 3. the query as typed before matches through a synonym only;
 * 4. handbook entries before reports (plans, summaries);
 * 5. pages in the reader's own language (branch, script) before others;
 * 6. an earlier match before a later one, then a shorter title.
 */
import type { FoldTable } from './fold.ts';
import { searchableForm } from './query.ts';

/** Where a page matched, strongest first. */
export const MATCH = { exactTitle: 0, title: 1, headings: 2, body: 3 } as const;

export interface RankKey {
  match: number;
  /** Superseded or archived. */
  retired: boolean;
  /** A report rather than a handbook entry. */
  report: boolean;
  /** Written for another branch or script than the reader's page. */
  foreign: boolean;
  /** Position of the first match in the record. */
  start: number;
  /** Matched only through a synonym, not as typed. */
  synonym: boolean;
  /** Length of the title in characters (shorter is closer to the query). */
  titleLength: number;
}

/** Orders two results: negative when `a` ranks first. */
export function compareRank(a: RankKey, b: RankKey): number {
  return (
    a.match - b.match ||
    Number(a.retired) - Number(b.retired) ||
    Number(a.synonym) - Number(b.synonym) ||
    Number(a.report) - Number(b.report) ||
    Number(a.foreign) - Number(b.foreign) ||
    a.start - b.start ||
    a.titleLength - b.titleLength
  );
}

/**
 * True when `title` is, as search sees it (script, width, case, punctuation
 * folded), one of the `queries` (the query and its synonym variants, folded).
 */
export function isExactTitle(title: string, queries: readonly string[], table: FoldTable): boolean {
  const folded = searchableForm(title, table);
  return queries.some((query) => query === folded);
}
