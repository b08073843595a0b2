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
 * Meta values are short on purpose: Pagefind indexes meta fields too. What a
 * result shows (summary, headings) lives in the page shards, not in meta.
 */
import type { FoldTable } from './fold.ts';
import type { PageText } from './page-text.ts';
import { indexContent } from './record-text.ts';

/** Positions reserved for the title. */
export const TITLE_SLOTS = 64;
/** Position where the page text starts; title and headings come before it. */
export const BODY_START = 512;
/** A token no query can contain (queries keep letters and digits only): pads and separates. */
const FILLER = '_';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Meta of a record (read back at build time to write the page shards). */
export interface RecordMeta {
  /** Page title as shown. */
  title: string;
  /** URL of the page. */
  page: string;
  type: string;
  dept: string;
  lang: string;
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

/** The opening words of a page after its title, as shown under a title or heading hit. */
export function pageSummary(page: PageText): string {
  return page.text.slice(page.afterTitle).replace(/\s+/g, ' ').trim().slice(0, 80);
}

/**
 * Filter values under `rank` that tell the browser how a page ranks among
 * equal matches (see `rank.ts`): `retired` (not in force: replaced,
 * repealed, archived or not yet in force), `report` (a plan or summary, not
 * a handbook entry), and for a page not in MAIN_LANG `lang:*` and
 * `lang:<lang>`. Only the minority carries a flag: the filter's file,
 * downloaded with the first search, stays small. Passed in by the indexer
 * (`rank-flags.ts`), which knows which page type is a report.
 */
export type RankFlag = 'retired' | 'report' | `lang:${string}`;

/** The site's main language (pages default to it): its pages carry no language flag. */
export const MAIN_LANG = 'zh-CN';

/** The record of a page at `url` with its rank flags `rank`, or none when the page has no text. */
export function pageRecords(url: string, page: PageText, table: FoldTable, rank: readonly RankFlag[] = []): SearchRecord[] {
  const body = indexContent(page.text, table);
  if (!body) return [];
  return [{
    url,
    content: `${headsContent(page.title, page.headings, table)} ${body}`,
    language: 'und',
    filters: { type: [page.type], ...(page.department ? { dept: [page.department] } : {}), ...(rank.length ? { rank: [...rank] } : {}) },
    meta: { title: page.title, page: url, type: page.type, dept: page.department, lang: page.lang } satisfies RecordMeta,
  }];
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

/**
 * Shard file of a result id (`und_98292ce` → `pages/982.json`): maps ids to
 * their page. Up to 4,096 shards, so a hit loads about one entry (an entry
 * holds the page's headings, which a first query should not pay for in bulk).
 */
export function shardPath(id: string): string {
  return `pages/${id.slice(id.indexOf('_') + 1, id.indexOf('_') + 4)}.json`;
}

/**
 * What a shard holds per record: page URL, title, type, department, language,
 * the opening words (shown for a title hit) and the headings, one per line
 * (an excerpt for a heading hit). Results are shown from shards, never from
 * Pagefind's fragments, which carry a page's whole content.
 */
export type ShardEntry = [page: string, title: string, type: string, dept: string, lang: string, summary: string, headings: string];
