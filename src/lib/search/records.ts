/**
 * The search records of one page. Each page gives two records:
 * - body: all its text, title and headings included — decides which pages
 *   match, so matching is exact over the page as read;
 * - heads: its title, then its headings — searched too, so that pages whose
 *   title (then headings) contain the query rank first. Phrase matches carry
 *   no score in Pagefind, so ranking comes from which record matched and
 *   where: the title fills the first TITLE_SLOTS positions (padded), so a
 *   match there is a title match.
 *
 * Meta values are short on purpose: Pagefind indexes meta fields too.
 */
import type { FoldTable } from './fold.ts';
import type { PageText } from './page-text.ts';
import { indexContent } from './record-text.ts';

export type RecordField = 'body' | 'heads';

/** Positions reserved for the title in a heads record. */
export const TITLE_SLOTS = 64;
/** A token no query can contain (queries keep letters and digits only): pads and separates. */
const FILLER = '_';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Meta the browser reads back from a result. */
export interface RecordMeta {
  /** Page title as shown. */
  title: string;
  /** URL of the page (the heads record points at it too). */
  page: string;
  type: string;
  dept: string;
  lang: string;
  /** The entry's status (`active`, `superseded` …); empty for pages without one. */
  status: string;
  field: RecordField;
  /** Heads record: the opening words of the page, as shown. */
  summary?: string;
  /** Heads record: the headings as shown, one per line. */
  headings?: string;
}

/** The content of a heads record: title tokens padded to TITLE_SLOTS, then each heading, separated. */
export function headsContent(title: string, headings: readonly string[], table: FoldTable): string {
  const titleTokens = indexContent(title, table).split(' ').filter(Boolean).slice(0, TITLE_SLOTS);
  const padding = Array(TITLE_SLOTS - titleTokens.length).fill(FILLER);
  const headingTokens = headings.map((h) => indexContent(h, table)).filter(Boolean).join(` ${FILLER} `);
  return [...titleTokens, ...padding, headingTokens].filter(Boolean).join(' ');
}

/**
 * Filter values under `rank` that tell the browser how a page ranks among
 * equal matches (see `rank.ts`): `retired` (superseded or archived),
 * `report` (a plan or summary, not a handbook entry), and for a page not in
 * MAIN_LANG `lang:*` and `lang:<lang>`. Only the minority carries a flag:
 * the filter's file, downloaded with the first search, stays small.
 * Passed in by the indexer, which knows which page type is a report.
 */
export type RankFlag = 'retired' | 'report' | `lang:${string}`;

/** The site's main language (pages default to it): its pages carry no language flag. */
export const MAIN_LANG = 'zh-CN';

/** The two records of a page at `url`; `rank` are its rank flags. */
export function pageRecords(url: string, page: PageText, table: FoldTable, rank: readonly RankFlag[] = []): SearchRecord[] {
  const base = { title: page.title, page: url, type: page.type, dept: page.department, lang: page.lang, status: page.status ?? '' };
  const filters = (field: RecordField) => ({
    field: [field], type: [page.type], ...(page.department ? { dept: [page.department] } : {}), ...(rank.length ? { rank: [...rank] } : {}),
  });
  const summary = page.text.slice(page.afterTitle).replace(/\s+/g, ' ').trim().slice(0, 80);
  const body: SearchRecord = {
    url, content: indexContent(page.text, table), language: 'und', filters: filters('body'),
    meta: { ...base, field: 'body' } satisfies RecordMeta,
  };
  const heads: SearchRecord = {
    url: `${url}#search-heads`, content: headsContent(page.title, page.headings, table), language: 'und', filters: filters('heads'),
    meta: { ...base, field: 'heads', summary, headings: page.headings.join('\n') } satisfies RecordMeta,
  };
  return [body, heads].filter((r) => r.content.replaceAll(FILLER, '').trim().length > 0);
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

/** Shard file of a result id (`und_98292ce` → `pages/98.json`): maps ids to their page. */
export function shardPath(id: string): string {
  return `pages/${id.slice(id.indexOf('_') + 1, id.indexOf('_') + 3)}.json`;
}

/** What a shard holds per body record: page URL, title, type, department, language, status. */
export type ShardEntry = [page: string, title: string, type: string, dept: string, lang: string, status?: string];
