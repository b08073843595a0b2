/**
 * The search record of one page: one record per page, in zones of fixed
 * positions (Pagefind reports where a phrase first occurs, and gives phrase
 * matches no score, so ranking comes from where the first occurrence is):
 * - [0, TITLE_SLOTS): the title, padded;
 * - [TITLE_SLOTS, BODY_START): the headings, separated and padded;
 * - from BODY_START: all the page's text, title and headings included —
 *   decides which pages match, so matching is exact over the page as read.
 * One record per page (not a text record and a title-and-headings record)
 * halves Pagefind's index metadata, and needs no filter to tell records
 * apart, which a first query would otherwise download.
 *
 * What a result shows comes from the page table (`page-table.ts`) and the
 * text files beside the index, not from Pagefind's fragments or meta.
 */
import type { FoldTable } from './fold.ts';
import type { PageText } from './page-text.ts';
import { indexContent } from './record-text.ts';

/** Positions reserved for the title. */
export const TITLE_SLOTS = 64;
/** Position where the page text starts; title and headings come before it. */
export const BODY_START = 512;
/**
 * Pads the title and headings zones and separates headings. Punctuation: no
 * query contains it (queries keep letters and digits), and Pagefind counts
 * its position without indexing it (a word character such as `_` would add a
 * 500-position list per page to the index).
 */
export const FILLER = '-';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

/** Meta of a record: only the page URL, read back at build time to tell which page number is which page. */
export interface RecordMeta {
  page: string;
}

const tokensOf = (text: string, table: FoldTable) => indexContent(text, table).split(' ').filter(Boolean);
const padded = (tokens: readonly string[], length: number) => [...tokens, ...Array<string>(length - tokens.length).fill(FILLER)];

/**
 * The title and headings zones: title tokens padded to TITLE_SLOTS, then the
 * headings that fit before BODY_START, separated, padded to BODY_START.
 */
export function headsContent(title: string, headings: readonly string[], table: FoldTable): string {
  const heads: string[] = [];
  for (const heading of headings) {
    const tokens = tokensOf(heading, table);
    if (!tokens.length) continue;
    if (TITLE_SLOTS + heads.length + tokens.length + 1 > BODY_START) break;
    heads.push(...tokens, FILLER);
  }
  return [...padded(tokensOf(title, table).slice(0, TITLE_SLOTS), TITLE_SLOTS), ...padded(heads, BODY_START - TITLE_SLOTS)].join(' ');
}

/** The record of a page at `url`, or none when the page has no text. */
export function pageRecords(url: string, page: PageText, table: FoldTable): SearchRecord[] {
  const body = indexContent(page.text, table);
  if (!body) return [];
  return [{ url, content: `${headsContent(page.title, page.headings, table)} ${body}`, language: 'und', meta: { page: url } satisfies RecordMeta }];
}

/**
 * Page texts are cut into overlapping pieces of tokens, so an excerpt needs
 * one small file: piece k holds tokens [k·PIECE_STEP, k·PIECE_STEP + PIECE_LENGTH).
 */
export const PIECE_STEP = 400;
export const PIECE_LENGTH = 480;

/** Path of a piece of a page's text, below the search bundle: `/roles/x/`, 2 → `text/roles/x.2.txt`. */
export function textPiecePath(pageUrl: string, base: string, piece: number): string {
  const path = pageUrl.slice(base.replace(/\/?$/, '/').length).replace(/\/$/, '');
  return `text/${path || 'index'}.${piece}.txt`;
}

/** The piece of text whose window shows token `start` with `context` tokens before it. */
export function pieceFor(start: number, context: number): number {
  return Math.max(0, Math.floor((start - context) / PIECE_STEP));
}

/** Path of a page's headings, one per line (the excerpt of a heading hit): `/roles/x/` → `text/roles/x.h.txt`. */
export function headingsPath(pageUrl: string, base: string): string {
  return textPiecePath(pageUrl, base, 0).replace(/\.0\.txt$/, '.h.txt');
}
