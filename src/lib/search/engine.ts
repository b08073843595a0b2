/**
 * The browser side of search: runs a query against the Pagefind index and
 * returns every matching page, ranked title → headings → body, with
 * excerpts in the page's own script.
 *
 * Pagefind is loaded lazily from the site's `pagefind/` folder; the
 * character-folding table comes with it (`pagefind/fold.json`).
 */
import type { FoldTable } from './fold.ts';
import { parseQuery, type SearchTerm } from './query.ts';
import { decodeText, escapeHtml, excerptHtml, matchPositions } from './record-text.ts';
import type { RecordField, RecordMeta } from './records.ts';

/** The part of Pagefind's browser API this engine uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindResponse>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
}

export interface SearchFilters {
  type?: string | undefined;
  dept?: string | undefined;
}

export interface SearchHit {
  url: string;
  title: string;
  /** Title with the query marked, as safe HTML. */
  titleHtml: string;
  type: string;
  dept: string;
  lang: string;
  /** Excerpt with the query marked, as safe HTML. */
  excerptHtml: string;
  /** Where the query was found. */
  field: RecordField;
}

export interface SearchOutcome {
  terms: SearchTerm[];
  /** Number of matching pages. */
  total: number;
  /** Matching pages per filter value, when known (always for one term). */
  facets?: Record<'type' | 'dept', Record<string, number>>;
  /** Loads the next `count` hits in rank order; an empty array when all are loaded. */
  next(count: number): Promise<SearchHit[]>;
}

/** Results present in every list, in the order of the first. */
function intersect(lists: PagefindResult[][]): PagefindResult[] {
  if (lists.length === 1) return lists[0]!;
  const others = lists.slice(1).map((list) => new Set(list.map((r) => r.id)));
  return lists[0]!.filter((r) => others.every((ids) => ids.has(r.id)));
}

function toHit(data: { url: string; content: string; meta: Record<string, string> }, terms: SearchTerm[]): SearchHit {
  const meta = data.meta as unknown as RecordMeta;
  const decoded = decodeText(data.content, meta.o ?? (meta.d ? JSON.parse(meta.d) : []), JSON.parse(meta.g || '[]'));
  const { first, marked } = matchPositions(decoded.tokens, terms.map((t) => t.tokens));
  const excerpt = excerptHtml(decoded, Math.max(first, 0), marked, meta.field === 'body' ? { size: 64, context: 16 } : { size: 120, context: 60, line: true });
  const summary = meta.summary ? escapeHtml(meta.summary) + (meta.summary.length >= 90 ? '…' : '') : '';
  return {
    url: meta.page,
    title: meta.title,
    titleHtml: meta.field === 'title' ? excerpt : escapeHtml(meta.title),
    type: meta.type,
    dept: meta.dept,
    lang: meta.lang,
    excerptHtml: meta.field === 'title' ? summary : excerpt,
    field: meta.field,
  };
}

export class SearchEngine {
  #pagefind: PagefindApi;
  #fold: FoldTable;

  constructor(pagefind: PagefindApi, fold: FoldTable) {
    this.#pagefind = pagefind;
    this.#fold = fold;
  }

  /** Loads Pagefind and the folding table from `bundleUrl` (e.g. `/pagefind/`). */
  static async load(bundleUrl: string): Promise<SearchEngine> {
    const [pagefind, fold] = await Promise.all([
      import(/* @vite-ignore */ `${bundleUrl}pagefind.js`) as Promise<PagefindApi>,
      fetch(`${bundleUrl}fold.json`).then((r) => {
        if (!r.ok) throw new Error(`fold.json: HTTP ${r.status}`);
        return r.json() as Promise<FoldTable>;
      }),
    ]);
    await pagefind.options({ excerptLength: 0 });
    return new SearchEngine(pagefind, fold);
  }

  /** All filter values of the whole index, with page counts. */
  async allFacets(): Promise<Record<'type' | 'dept', Record<string, number>>> {
    // A null search lists every page; its filter counts are per page (body records only).
    const { filters } = await this.#pagefind.search(null, { filters: { field: 'body' } });
    return { type: filters.type ?? {}, dept: filters.dept ?? {} };
  }

  /** Runs `query`; every page containing all its terms is in the outcome. */
  async search(query: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
    const terms = parseQuery(query, this.#fold);
    if (!terms.length) return { terms, total: 0, next: async () => [] };
    const filterFor = (field: RecordField) => ({ field, ...(filters.type ? { type: filters.type } : {}), ...(filters.dept ? { dept: filters.dept } : {}) });
    const run = (field: RecordField) => Promise.all(terms.map((term) => this.#pagefind.search(term.phrase, { filters: filterFor(field) })));
    // Sequential on purpose: the three searches share index chunks, so the first loads them once.
    const body = await run('body');
    const [title, headings] = await Promise.all([run('title'), run('headings')]);
    const bodyHits = intersect(body.map((r) => r.results));
    const ranked = [...intersect(title.map((r) => r.results)), ...intersect(headings.map((r) => r.results)), ...bodyHits];
    const facets = terms.length === 1 ? { type: body[0]!.filters.type ?? {}, dept: body[0]!.filters.dept ?? {} } : undefined;
    const seen = new Set<string>();
    let cursor = 0;
    return {
      terms,
      total: bodyHits.length,
      ...(facets ? { facets } : {}),
      next: async (count: number) => {
        const hits: SearchHit[] = [];
        while (hits.length < count && cursor < ranked.length) {
          // Load a batch at a time; duplicates (same page via title and body) are skipped.
          const batch = ranked.slice(cursor, cursor + (count - hits.length));
          cursor += batch.length;
          for (const data of await Promise.all(batch.map((r) => r.data()))) {
            const hit = toHit(data, terms);
            if (seen.has(hit.url)) continue;
            seen.add(hit.url);
            hits.push(hit);
          }
        }
        return hits.slice(0, count);
      },
    };
  }
}
