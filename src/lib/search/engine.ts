/**
 * The browser side of search: runs a query against the Pagefind index and
 * returns every matching page, ranked title → headings → body, with
 * excerpts in the page's own script.
 *
 * Pagefind is loaded lazily from the site's `pagefind/` folder, with the
 * character-folding table (`fold.json`). Hits are shown from small files
 * written beside the index — `pages/` maps result ids to pages (title,
 * summary, headings) and `text/` holds page texts in pieces — rather than
 * from Pagefind's fragments, which carry a page's whole content.
 */
import type { FoldTable } from './fold.ts';
import { chunkStartsForPrefix } from './prefix-chunks.ts';
import { parseQuery, type SearchTerm } from './query.ts';
import { alignText, escapeHtml, excerptHtml, matchPositions } from './record-text.ts';
import { BODY_START, PIECE_STEP, pieceFor, shardPath, textPiecePath, TITLE_SLOTS, type ShardEntry } from './records.ts';

/** The part of Pagefind's browser API this engine uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
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

interface RankedResult {
  result: PagefindResult;
  rank: HitRank;
  /** Position of the first term's first occurrence in the record. */
  start: number;
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

/**
 * Starts Pagefind as language-neutral ('und', like the index). Pagefind takes
 * its query language from <html lang> when it starts, and for Chinese it cuts
 * queries into words with Intl.Segmenter, which would split the index's n-gram
 * tokens ("营经理" → "营 经理"); it offers no option for this, so the page's lang
 * is 'und' for the moment Pagefind reads it (synchronously, in init()).
 */
function startLanguageNeutral(pagefind: PagefindApi): void {
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', 'und');
  try {
    pagefind.init().catch(() => {}); // failures surface on the first search
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
}

export class SearchEngine {
  #pagefind: PagefindApi;
  #fold: FoldTable;
  #bundleUrl: string;
  #files = new Map<string, Promise<unknown>>();
  #queue: Promise<unknown> = Promise.resolve();
  #allFacets: Promise<Record<'type' | 'dept', Record<string, number>>> | undefined;

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
    startLanguageNeutral(pagefind);
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

  /** All filter values of the whole index, with page counts; computed once. */
  allFacets(): Promise<Record<'type' | 'dept', Record<string, number>>> {
    this.#allFacets ??= (async () => {
      // filters() loads every filter chunk; a null search then counts pages (one record each).
      await this.#serial(() => this.#pagefind.filters());
      const { filters } = await this.#search(null, {});
      return { type: filters.type ?? {}, dept: filters.dept ?? {} };
    })();
    return this.#allFacets;
  }

  /** A JSON or text file of the search bundle, fetched once. */
  #file<T>(path: string, as: 'json' | 'text'): Promise<T> {
    let file = this.#files.get(path);
    if (!file) {
      file = fetch(`${this.#bundleUrl}${path}`).then((r) => {
        if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
        return as === 'json' ? r.json() : r.text();
      });
      file.catch(() => this.#files.delete(path));
      this.#files.set(path, file);
    }
    return file as Promise<T>;
  }

  /** The page a record belongs to, with what its hit shows. */
  async #bodyPage(id: string): Promise<ShardEntry> {
    const entry = (await this.#file<Record<string, ShardEntry>>(shardPath(id), 'json'))[id];
    if (!entry) throw new Error(`search index: ${id} missing from ${shardPath(id)}`);
    return entry;
  }

  /**
   * Loads every index chunk a prefix term's words may lie in (Pagefind alone
   * loads only the chunk holding the prefix itself; see prefix-chunks.ts).
   */
  async #preloadPrefix(term: SearchTerm): Promise<void> {
    if (term.phrase.startsWith('"')) return;
    const starts = chunkStartsForPrefix(await this.#file<string[]>('chunks.json', 'json'), term.phrase);
    if (starts.length > 1) await this.#serial(() => this.#pagefind.preload(starts.join(' ')));
  }

  /** Site base path, e.g. `/` or `/handbook/`. */
  get #base(): string {
    return new URL(this.#bundleUrl, location.href).pathname.replace(/pagefind\/$/, '');
  }

  #marked(text: string, terms: SearchTerm[], options: Parameters<typeof excerptHtml>[3], offset = 0, start?: number): string {
    const aligned = alignText(text, this.#fold);
    const { first, marked } = matchPositions(aligned, terms.map((t) => t.tokens));
    return excerptHtml(aligned, start !== undefined ? start - offset : Math.max(first, 0), marked, options);
  }

  async #toHit(item: RankedResult, terms: SearchTerm[]): Promise<SearchHit> {
    const [page, title, type, dept, lang, summary, headings] = await this.#bodyPage(item.result.id);
    const base = { url: page, title, type, dept, lang, rank: item.rank };
    if (item.rank === 'body') {
      const context = 16;
      const piece = pieceFor(item.start, context);
      const text = await this.#file<string>(textPiecePath(page, this.#base, piece), 'text');
      const excerpt = this.#marked(text, terms, { size: 64, context }, piece * PIECE_STEP, item.start);
      return { ...base, titleHtml: escapeHtml(title), excerptHtml: excerpt };
    }
    const titleHtml = item.rank === 'title' ? this.#marked(title, terms, { size: 200 }) : escapeHtml(title);
    const excerpt =
      item.rank === 'headings'
        ? this.#marked(headings, terms, { size: 120, context: 60, line: true })
        : escapeHtml(summary) + (summary.length >= 80 ? '…' : '');
    return { ...base, titleHtml, excerptHtml: excerpt };
  }

  /** The page of a ranked result, without loading more than needed. */
  async #pageOf(item: RankedResult): Promise<string> {
    return (await this.#bodyPage(item.result.id))[0];
  }

  /** Runs `query`; every page containing all its terms is in the outcome. */
  async search(query: string, filters: SearchFilters = {}): Promise<SearchOutcome> {
    const terms = parseQuery(query, this.#fold);
    if (!terms.length) return { terms, total: 0, next: async () => [], pages: async () => [] };
    const pagefindFilters = { ...(filters.type ? { type: filters.type } : {}), ...(filters.dept ? { dept: filters.dept } : {}) };
    await Promise.all(terms.map((term) => this.#preloadPrefix(term)));
    const responses = await Promise.all(terms.map((term) => this.#search(term.phrase, pagefindFilters)));
    const hits = intersect(responses.map((r) => r.results));
    // Where each term first occurs tells the zone (records.ts): all in the title, all in title or headings, or the text.
    const rankOf = (starts: number[]): HitRank => (starts.every((s) => s < TITLE_SLOTS) ? 'title' : starts.every((s) => s < BODY_START) ? 'headings' : 'body');
    /** Position in the page text for an excerpt: the first term occurring in the text zone. */
    const textStart = (starts: number[]) => Math.max(0, (starts.find((s) => s >= BODY_START) ?? BODY_START) - BODY_START);
    const byRank = (rank: HitRank) => hits.filter((h) => rankOf(h.starts) === rank);
    // Body hits: pages where the query comes early (a summary, a duty) before pages that merely list it.
    const byPosition = byRank('body').sort((a, b) => textStart(a.starts) - textStart(b.starts));
    const ranked: RankedResult[] = [
      ...byRank('title').map((h) => ({ result: h.result, rank: 'title' as const, start: h.starts[0]! })),
      ...byRank('headings').map((h) => ({ result: h.result, rank: 'headings' as const, start: h.starts[0]! })),
      ...byPosition.map((h) => ({ result: h.result, rank: 'body' as const, start: textStart(h.starts) })),
    ];
    const facets = terms.length === 1 ? { type: responses[0]!.filters.type ?? {}, dept: responses[0]!.filters.dept ?? {} } : undefined;
    const seen = new Set<string>();
    let cursor = 0;
    return {
      terms,
      total: hits.length,
      ...(facets ? { facets } : {}),
      pages: async () => Promise.all(hits.map(async (h) => (await this.#bodyPage(h.result.id))[0])),
      next: async (count: number) => {
        const hits: SearchHit[] = [];
        while (hits.length < count && cursor < ranked.length) {
          // A batch at a time; a page met twice is skipped.
          const batch = ranked.slice(cursor, cursor + (count - hits.length));
          cursor += batch.length;
          const pages = await Promise.all(batch.map((item) => this.#pageOf(item)));
          const fresh = batch.filter((_, i) => !seen.has(pages[i]!) && seen.add(pages[i]!));
          hits.push(...(await Promise.all(fresh.map((item) => this.#toHit(item, terms)))));
        }
        return hits;
      },
    };
  }
}
