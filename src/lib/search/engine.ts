/**
 * The browser side of search: runs a query against the Pagefind index and
 * returns every matching page, ranked title → headings → body, with
 * excerpts in the page's own script.
 *
 * Pagefind is loaded lazily from the site's `pagefind/` folder, with the
 * character-folding table (`fold.json`); page texts for excerpts come from
 * `pagefind/text/` as results are shown.
 */
import type { FoldTable } from './fold.ts';
import { parseQuery, type SearchTerm } from './query.ts';
import { alignText, escapeHtml, excerptHtml, matchPositions } from './record-text.ts';
import { TITLE_SLOTS, type RecordField, type RecordMeta } from './records.ts';

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
  /** Word positions of the match in the record (first occurrence, for a phrase). */
  words: number[];
  data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
}

export interface SearchFilters {
  type?: string | undefined;
  dept?: string | undefined;
}

/** Where a hit matched, strongest first. */
export type HitRank = 'title' | 'headings' | 'body';

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
  rank: HitRank;
}

export interface SearchOutcome {
  terms: SearchTerm[];
  /** Number of matching pages. */
  total: number;
  /** Matching pages per filter value (known for one-term queries). */
  facets?: Record<'type' | 'dept', Record<string, number>>;
  /** Loads the next `count` hits in rank order; an empty array when all are loaded. */
  next(count: number): Promise<SearchHit[]>;
  /** URLs of all matching pages, unranked (for the benchmark and tests; loads every match). */
  pages(): Promise<string[]>;
}

/**
 * Results present in every list, in the order of the first, each with its
 * positions per term. A result without a position matched only Pagefind's
 * meta fields, not the text, and is dropped.
 */
function intersect(lists: PagefindResult[][]): { result: PagefindResult; starts: number[] }[] {
  const withWords = lists.map((list) => new Map(list.filter((r) => r.words.length > 0).map((r) => [r.id, r])));
  const [first, ...rest] = withWords;
  return [...first!.values()]
    .filter((r) => rest.every((map) => map.has(r.id)))
    .map((r) => ({ result: r, starts: withWords.map((map) => Math.min(...map.get(r.id)!.words)) }));
}

export class SearchEngine {
  #pagefind: PagefindApi;
  #fold: FoldTable;
  #bundleUrl: string;
  #texts = new Map<string, Promise<string>>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(pagefind: PagefindApi, fold: FoldTable, bundleUrl: string) {
    this.#pagefind = pagefind;
    this.#fold = fold;
    this.#bundleUrl = bundleUrl;
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
    // No web worker: one file less to download, and searches are short.
    await pagefind.options({ noWorker: true, excerptLength: 0 });
    return new SearchEngine(pagefind, fold, bundleUrl);
  }

  /**
   * Pagefind calls, one at a time: without its web worker, overlapping
   * searches would share the same WebAssembly state.
   */
  #serial<T>(call: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(call);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  #search(term: string | null, filters: Record<string, string>): Promise<PagefindResponse> {
    return this.#serial(() => this.#pagefind.search(term, { filters }));
  }

  /** All filter values of the whole index, with page counts. */
  async allFacets(): Promise<Record<'type' | 'dept', Record<string, number>>> {
    // filters() loads every filter chunk; a null search then counts pages (body records only).
    await this.#serial(() => this.#pagefind.filters());
    const { filters } = await this.#search(null, { field: 'body' });
    return { type: filters.type ?? {}, dept: filters.dept ?? {} };
  }

  /** A page's text as written, fetched once. */
  #pageText(page: string): Promise<string> {
    const base = new URL(this.#bundleUrl, location.href).pathname.replace(/pagefind\/$/, '');
    const path = page.slice(base.length).replace(/\/$/, '') || 'index';
    let text = this.#texts.get(path);
    if (!text) {
      text = fetch(`${this.#bundleUrl}text/${path}.txt`).then((r) => (r.ok ? r.text() : ''));
      this.#texts.set(path, text);
    }
    return text;
  }

  async #toHit(result: PagefindResult, rank: HitRank, terms: SearchTerm[]): Promise<SearchHit> {
    const meta = (await result.data()).meta as unknown as RecordMeta;
    const termTokens = terms.map((t) => t.tokens);
    const marked = (text: string, options: Parameters<typeof excerptHtml>[3]) => {
      const aligned = alignText(text, this.#fold);
      const { first, marked: positions } = matchPositions(aligned.tokens, termTokens);
      return excerptHtml(aligned, Math.max(first, 0), positions, options);
    };
    const titleHtml = rank === 'title' ? marked(meta.title, { size: 200 }) : escapeHtml(meta.title);
    let excerpt: string;
    if (rank === 'body') excerpt = marked(await this.#pageText(meta.page), { size: 64, context: 16 });
    else if (rank === 'headings') excerpt = marked(meta.headings ?? '', { size: 120, context: 60, line: true });
    else excerpt = escapeHtml(meta.summary ?? '') + ((meta.summary?.length ?? 0) >= 80 ? '…' : '');
    return { url: meta.page, title: meta.title, titleHtml, type: meta.type, dept: meta.dept, lang: meta.lang, excerptHtml: excerpt, rank };
  }

  /** Runs `query`; every page containing all its terms is in the outcome. */
  async search(query: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
    const terms = parseQuery(query, this.#fold);
    if (!terms.length) return { terms, total: 0, next: async () => [], pages: async () => [] };
    const filterFor = (field: RecordField) => ({ field, ...(filters.type ? { type: filters.type } : {}), ...(filters.dept ? { dept: filters.dept } : {}) });
    const run = (field: RecordField) => Promise.all(terms.map((term) => this.#search(term.phrase, filterFor(field))));
    const body = await run('body');
    const heads = await run('heads');
    const bodyHits = intersect(body.map((r) => r.results));
    const headHits = intersect(heads.map((r) => r.results));
    const inTitle = (starts: number[]) => starts.every((s) => s < TITLE_SLOTS);
    const ranked: { result: PagefindResult; rank: HitRank }[] = [
      ...headHits.filter((h) => inTitle(h.starts)).map((h) => ({ result: h.result, rank: 'title' as const })),
      ...headHits.filter((h) => !inTitle(h.starts)).map((h) => ({ result: h.result, rank: 'headings' as const })),
      ...bodyHits.map((h) => ({ result: h.result, rank: 'body' as const })),
    ];
    const facets = terms.length === 1 ? { type: body[0]!.filters.type ?? {}, dept: body[0]!.filters.dept ?? {} } : undefined;
    const seen = new Set<string>();
    let cursor = 0;
    return {
      terms,
      total: bodyHits.length,
      ...(facets ? { facets } : {}),
      pages: async () => (await Promise.all(bodyHits.map((h) => h.result.data()))).map((d) => (d.meta as unknown as RecordMeta).page),
      next: async (count: number) => {
        const hits: SearchHit[] = [];
        while (hits.length < count && cursor < ranked.length) {
          // A batch at a time; a page met again (title, then body) is skipped.
          const batch = ranked.slice(cursor, cursor + (count - hits.length));
          cursor += batch.length;
          const metas = await Promise.all(batch.map((b) => b.result.data().then((d) => (d.meta as unknown as RecordMeta).page)));
          const fresh = batch.filter((_, i) => !seen.has(metas[i]!) && seen.add(metas[i]!));
          hits.push(...(await Promise.all(fresh.map((b) => this.#toHit(b.result, b.rank, terms)))));
        }
        return hits;
      },
    };
  }
}
