/**
 * The page table (`pagefind/search.json`): what the browser needs to rank,
 * filter, count and list results without another download — per page its
 * URL, title, type, department, language and whether it is in force or a
 * report — plus where each word index chunk starts. Pages are in Pagefind's
 * page order, so the page numbers of the index chunks (`index-chunk.ts`)
 * are row numbers here. Written by `build-index.ts`, read by `engine.ts`.
 *
 * About 14 bytes a page compressed (29 KB for 2,000 pages): less than the
 * Pagefind runtime it replaces (wasm, script and metadata: 89 KB).
 */

/** A page as search sees it. */
export interface SearchPage {
  url: string;
  title: string;
  /** Kind label, e.g. 流程 (the type filter). */
  type: string;
  /** Department name; empty when none (the department filter). */
  dept: string;
  /** Language of the page, e.g. zh-CN, zh-HK. */
  lang: string;
  /** Not in force: replaced, repealed, archived or not yet in force. */
  retired: boolean;
  /** A report (plan or summary) rather than a handbook entry. */
  report: boolean;
}

/** The site's main language: a page without one is in it, and so is a reader on a page without one. */
export const MAIN_LANG = 'zh-CN';

/** An index chunk: the first word it holds and its file under `index/`. */
export type ChunkStart = [first: string, file: string];

const RETIRED = 1;
const REPORT = 2;

/** The file as written: repeated values (type, department, language) as indexes into `values`. */
export interface PageTableFile {
  version: 1;
  chunks: ChunkStart[];
  values: { type: string[]; dept: string[]; lang: string[] };
  pages: [url: string, title: string, type: number, dept: number, lang: number, flags: number][];
}

/** The page table of `pages` (in Pagefind's page order) and index `chunks`. */
export function encodePageTable(pages: readonly SearchPage[], chunks: readonly ChunkStart[]): PageTableFile {
  const values = { type: [] as string[], dept: [] as string[], lang: [] as string[] };
  const indexOf = (key: keyof typeof values, value: string) => {
    const list = values[key];
    const at = list.indexOf(value);
    return at >= 0 ? at : list.push(value) - 1;
  };
  return {
    version: 1,
    chunks: [...chunks],
    values,
    pages: pages.map((p) => [
      p.url,
      p.title,
      indexOf('type', p.type),
      indexOf('dept', p.dept),
      indexOf('lang', p.lang),
      (p.retired ? RETIRED : 0) | (p.report ? REPORT : 0),
    ]),
  };
}

/** Reads a page table file; throws a plain message when it is not one this code wrote. */
export function decodePageTable(file: unknown): { pages: SearchPage[]; chunks: ChunkStart[] } {
  const table = file as PageTableFile;
  if (!table || table.version !== 1 || !Array.isArray(table.pages) || !Array.isArray(table.chunks)) {
    throw new Error('search.json: not a search page table of this version (rebuild the site)');
  }
  const { type, dept, lang } = table.values;
  return {
    chunks: table.chunks,
    pages: table.pages.map(([url, title, t, d, l, flags]) => ({
      url,
      title,
      type: type[t] ?? '',
      dept: dept[d] ?? '',
      lang: lang[l] ?? '',
      retired: (flags & RETIRED) !== 0,
      report: (flags & REPORT) !== 0,
    })),
  };
}
