/**
 * How much of a long list a page shows, so that no page grows with the
 * number of entries in the handbook: the sidebar and the overview pages show
 * the first entries of a department and link to its paginated lists; print
 * books are cut into volumes.
 */
import type { ListedCollection } from '../collections/index.ts';

/** Entries of one kind the sidebar lists under the open department. */
export const SIDEBAR_LIMIT = 10;
/** Entries of one kind a department page, and each department on a site-wide list, shows before “全部 N 个”. */
export const PREVIEW_LIMIT = 20;
/** Entries on one page of a department's full list. */
export const LIST_PAGE_SIZE = 50;
/** Entries on one page of a site-wide list (/procedures/, /policies/, /reports/). */
export const SITE_LIST_PAGE_SIZE = 100;
/** Entries (the department's own page included) in one printable volume. */
export const PRINT_VOLUME_SIZE = 40;
/** Above this many entries /print/ offers the books by department only, not the whole handbook on one page. */
export const WHOLE_BOOK_LIMIT = 100;

/** The kinds of entry the sidebar lists under the open department (reports are not in the sidebar). */
export const SIDEBAR_COLLECTIONS = ['roles', 'procedures', 'policies'] as const satisfies readonly ListedCollection[];

/**
 * Whether a department's entries of one kind get their own paginated list:
 * exactly when a page shortens the list and links there — the sidebar beyond
 * SIDEBAR_LIMIT, the department page beyond PREVIEW_LIMIT — so every list
 * page is linked from somewhere.
 */
export function hasFullList(collection: ListedCollection, count: number): boolean {
  const shownWhole = (SIDEBAR_COLLECTIONS as readonly string[]).includes(collection) ? Math.min(SIDEBAR_LIMIT, PREVIEW_LIMIT) : PREVIEW_LIMIT;
  return count > shownWhole;
}

export interface ShownItem<T> {
  item: T;
  /** Entries were left out just before this one. */
  afterGap: boolean;
}

/**
 * The sidebar's share of a list: its first `limit` items and, when the
 * current entry comes later, that entry too (after a gap), so the reader
 * always sees where they are. `hidden` counts the items left out.
 */
export function sidebarItems<T extends { id: string }>(items: readonly T[], currentId: string | undefined, limit = SIDEBAR_LIMIT): { shown: ShownItem<T>[]; hidden: number } {
  const shown: ShownItem<T>[] = items.slice(0, limit).map((item) => ({ item, afterGap: false }));
  const current = currentId === undefined ? -1 : items.findIndex((item) => item.id === currentId);
  if (current >= limit) shown.push({ item: items[current]!, afterGap: true });
  return { shown, hidden: items.length - shown.length };
}

/** One page of a list cut into pages (or one volume of a print book). */
export interface ListPage<T> {
  /** 1-based. */
  number: number;
  last: number;
  items: T[];
  /** Index in the whole list of this page's first item. */
  offset: number;
  total: number;
}

/** Cuts `items` into pages of at most `size`; always at least one page (possibly empty). */
export function listPages<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, not ${size}`);
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({ number: i + 1, last, items: items.slice(i * size, (i + 1) * size), offset: i * size, total: items.length }));
}

/**
 * The path segment of page `n` of a list, for `[...page]` routes and links:
 * none for the first page (`/procedures/`), `page/2` after (`/procedures/page/2/`),
 * which no entry id can collide with.
 */
export function pageSegment(n: number): string | undefined {
  return n > 1 ? `page/${n}` : undefined;
}
