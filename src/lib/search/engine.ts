/**
 * The browser side of search: runs a query against the site's index and
 * returns every matching page, ranked by `rank.ts` (exact title, title,
 * headings, body; in force, as typed, handbook, reader's language), with
 * excerpts around the first hit in the page's own script. On request it
 * widens the query with synonyms (`synonyms.ts`) and, when nothing matches,
 * falls back to the query's longest parts that do (`fallback.ts`).
 *
 * Pagefind builds the index — one record per page in fixed zones
 * (`records.ts`), n-gram tokens (`record-text.ts`) — and this engine reads
 * its word chunks itself (`index-chunk.ts`): a term is an index word or a
 * phrase of n-grams at consecutive positions, and where it first occurs
 * tells whether it hit the title, a heading or the text. Everything else a
 * result needs to be ranked, filtered, counted and listed is in the page
 * table (`page-table.ts`), loaded with the engine; only excerpts need a small
 * file per hit (`text/`), loaded when a hit is shown.
 */
import { combineParts, longestParts } from './fallback.ts';
import type { FoldTable } from './fold.ts';
import { gunzip, readIndexChunk, type IndexChunk, type Postings } from './index-chunk.ts';
import { decodePageTable, MAIN_LANG, type ChunkStart, type SearchPage } from './page-table.ts';
import { chunkFor, chunksForPrefix } from './prefix-chunks.ts';
import { parseQuery, termOf, type SearchTerm } from './query.ts';
import { compareRank, isExactTitle, MATCH, type RankKey } from './rank.ts';
import { alignText, escapeHtml, excerptHtml, matchPositions } from './record-text.ts';
import { BODY_START, headingsPath, PIECE_STEP, pieceFor, textPiecePath, TITLE_SLOTS } from './records.ts';
import { expandTerm, foldGroups, VOCABULARY } from './synonyms.ts';

/** What the engine searches: the page table, the chunk list and a way to load a chunk. */
export interface SearchIndex {
  /** Pages by page number (the index chunks' numbering). */
  pages: readonly SearchPage[];
  /** Index chunks, sorted by first word. */
  chunks: readonly ChunkStart[];
  /** Loads the chunk in `file` (a name from `chunks`). */
  loadChunk(file: string): Promise<IndexChunk>;
}

export interface SearchFilters {
  type?: string | undefined;
  dept?: string | undefined;
}

export interface SearchOptions {
  /** Widen terms with synonyms (the search box and page do; checks of exact matching do not). */
  synonyms?: boolean;
  /** When nothing matches, search the query's longest parts that do. */
  fallback?: boolean;
  /** Language of the reader's page, for ranking; default: the document's. */
  readerLang?: string;
  /**
   * Asked after each download: once it returns true (a newer query
   * superseded this one), the search stops with a {@link SearchCancelled}.
   */
  cancelled?: () => boolean;
}

/** Thrown by a search whose `cancelled` option said it is no longer wanted. */
export class SearchCancelled extends Error {
  constructor() {
    super('search cancelled');
    this.name = 'SearchCancelled';
  }
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
  rank: HitRank;
  /**
   * Excerpt with the query marked, as safe HTML. Loads one small file the
   * first time, so a list can be shown before its excerpts.
   */
  excerpt(): Promise<string>;
}

/** Matching pages per filter value. */
export type Facets = Record<'type' | 'dept', Record<string, number>>;

export interface SearchOutcome {
  terms: SearchTerm[];
  /** Number of matching pages. */
  total: number;
  /** How many of them hold a term only through a synonym (0 without synonyms). */
  synonymOnly: number;
  /** Set when the query matched nothing and these parts of it were searched instead. */
  fallback?: string[];
  /**
   * Matching pages per type (under the department filter) and per
   * department (under the type filter): what each choice would show.
   */
  facets(): Facets;
  /** The next `count` hits in rank order; an empty array when all are shown. */
  next(count: number): SearchHit[];
  /** URLs of all matching pages, unranked (for the benchmark and tests). */
  pages(): string[];
}

/** Hits of one term: page number → first position, and whether it matched as typed (not through a synonym only). */
type TermHits = Map<number, { start: number; literal: boolean }>;

/** A query term with its synonym variants (the term itself first). */
interface Term {
  variants: SearchTerm[];
}

/** One page matching every term. */
interface Match {
  page: number;
  /** First position of each term on the page. */
  starts: number[];
  /** Every term matched as typed, not only through a synonym. */
  literal: boolean;
}

/** Pages present in every term's hits, in the order of the first. */
function intersect(perTerm: TermHits[]): Match[] {
  const [first, ...rest] = perTerm;
  const matches: Match[] = [];
  for (const [page, hit] of first!) {
    if (!rest.every((map) => map.has(page))) continue;
    const all = [hit, ...rest.map((map) => map.get(page)!)];
    matches.push({ page, starts: all.map((h) => h.start), literal: all.every((h) => h.literal) });
  }
  return matches;
}

/** The zone of a match (records.ts): every term first occurs in the title, else in title or headings, else the text. */
function matchOf(starts: readonly number[]): number {
  if (starts.every((s) => s < TITLE_SLOTS)) return MATCH.title;
  return starts.every((s) => s < BODY_START) ? MATCH.headings : MATCH.body;
}

/** Position in the page text for a body excerpt: the first term occurring in the text zone. */
const textStart = (starts: readonly number[]) => Math.max(0, (starts.find((s) => s >= BODY_START) ?? BODY_START) - BODY_START);

/** True when sorted `list` holds `value`. */
function holds(list: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid]!;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Page number → positions, for postings looked up page by page (built once per word). */
const byPage = new WeakMap<Postings, Map<number, number[]>>();
function positionsOn(postings: Postings): Map<number, number[]> {
  let map = byPage.get(postings);
  if (!map) {
    map = new Map(postings.pages.map((page, i) => [page, postings.positions[i]!]));
    byPage.set(postings, map);
  }
  return map;
}

/**
 * Pages where `words` occur at consecutive positions, each with the first
 * such position: the n-grams of a phrase, or one word.
 */
function phraseHits(postings: readonly Postings[]): Map<number, number> {
  const hits = new Map<number, number>();
  const [first, ...rest] = postings;
  if (!first) return hits;
  const others = rest.map(positionsOn);
  first.pages.forEach((page, i) => {
    const lists = others.map((map) => map.get(page));
    if (lists.some((list) => !list)) return;
    const start = first.positions[i]!.find((p) => lists.every((list, j) => holds(list!, p + j + 1)));
    if (start !== undefined) hits.set(page, start);
  });
  return hits;
}

/** Fetches a file by its path in a search bundle. */
type FetchFile = (path: string) => Promise<Response>;

/** Fetches the files of the search bundle at `bundleUrl`; a failed request is an error naming the file. */
function bundleFiles(bundleUrl: string, fetchFile: FetchFile = (path) => fetch(`${bundleUrl}${path}`)): FetchFile {
  return async (path) => {
    const response = await fetchFile(path);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response;
  };
}

/** The value under `key`, loaded once; a failed load is dropped, so the next call tries again. */
function once<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    value.catch(() => cache.delete(key));
    cache.set(key, value);
  }
  return value;
}

/** Reads an index from a site's search bundle (`bundleUrl`, e.g. `/pagefind/`). */
export async function loadSearchIndex(bundleUrl: string, fetchFile?: FetchFile): Promise<SearchIndex> {
  const file = bundleFiles(bundleUrl, fetchFile);
  const { pages, chunks } = decodePageTable(await (await file('search.json')).json());
  return {
    pages,
    chunks,
    loadChunk: async (name) => readIndexChunk(await gunzip(await (await file(`index/${name}.pf_index`)).arrayBuffer())),
  };
}

export class SearchEngine {
  #index: SearchIndex;
  #fold: FoldTable;
  #bundleUrl: string;
  #file: FetchFile;
  #groups: string[][];
  #starts: string[];
  #chunks = new Map<string, Promise<IndexChunk>>();
  #files = new Map<string, Promise<string>>();
  #allFacets: Facets | undefined;

  /** `synonyms`: extra groups of interchangeable words (department names), added to the maintained vocabulary. */
  constructor(index: SearchIndex, fold: FoldTable, bundleUrl: string, synonyms: readonly (readonly string[])[] = []) {
    this.#index = index;
    this.#fold = fold;
    this.#bundleUrl = bundleUrl;
    this.#file = bundleFiles(bundleUrl);
    this.#groups = foldGroups([...VOCABULARY, ...synonyms], fold);
    this.#starts = index.chunks.map(([first]) => first);
  }

  /**
   * Loads the page table and the folding table from `bundleUrl` (e.g.
   * `/pagefind/`), and the department synonyms from `synonymsUrl` (search
   * works without them). Index chunks load as queries need them.
   */
  static async load(bundleUrl: string, synonymsUrl?: string): Promise<SearchEngine> {
    const [index, fold, synonyms] = await Promise.all([
      loadSearchIndex(bundleUrl),
      bundleFiles(bundleUrl)('fold.json').then((r) => r.json() as Promise<FoldTable>),
      synonymsUrl
        ? fetch(synonymsUrl).then((r) => (r.ok ? (r.json() as Promise<string[][]>) : []), () => [])
        : Promise.resolve([]),
    ]);
    return new SearchEngine(index, fold, bundleUrl, Array.isArray(synonyms) ? synonyms : []);
  }

  /** All filter values of the whole index, with page counts (counted once). */
  allFacets(): Facets {
    if (!this.#allFacets) {
      const facets: Facets = { type: {}, dept: {} };
      for (const page of this.#index.pages) {
        facets.type[page.type] = (facets.type[page.type] ?? 0) + 1;
        if (page.dept) facets.dept[page.dept] = (facets.dept[page.dept] ?? 0) + 1;
      }
      this.#allFacets = facets;
    }
    return structuredClone(this.#allFacets);
  }

  /** A chunk, loaded once (a failed load is tried again next time). */
  #chunk(file: string): Promise<IndexChunk> {
    return once(this.#chunks, file, () => this.#index.loadChunk(file));
  }

  /** The chunks that may hold `word` (exactly), or every word starting with it (`prefix`). */
  #chunksFor(word: string, prefix: boolean): Promise<IndexChunk[]> {
    const found = prefix ? chunksForPrefix(this.#starts, word) : [chunkFor(this.#starts, word)].filter((i) => i >= 0);
    return Promise.all(found.map((i) => this.#chunk(this.#index.chunks[i]![1])));
  }

  /** Pages holding `term`, each with its first position. */
  async #termPages(term: SearchTerm, cancelled?: () => boolean): Promise<Map<number, number>> {
    if (term.prefix) {
      const [prefix] = term.words;
      const chunks = await this.#chunksFor(prefix!, true);
      if (cancelled?.()) throw new SearchCancelled();
      const hits = new Map<number, number>();
      for (const chunk of chunks) {
        for (const word of chunk.words) {
          if (!word.startsWith(prefix!)) continue;
          const { pages, positions } = chunk.postings(word)!;
          pages.forEach((page, i) => {
            const start = positions[i]![0]!;
            const known = hits.get(page);
            if (known === undefined || start < known) hits.set(page, start);
          });
        }
      }
      return hits;
    }
    const chunks = await Promise.all(term.words.map((word) => this.#chunksFor(word, false)));
    if (cancelled?.()) throw new SearchCancelled();
    const postings = term.words.map((word, i) => chunks[i]![0]?.postings(word));
    if (postings.some((p) => !p)) return new Map();
    return phraseHits(postings as Postings[]);
  }

  /** The terms of a query, each with its synonym variants when asked for. */
  #terms(parsed: SearchTerm[], synonyms: boolean): Term[] {
    return parsed.map((term) => ({
      variants: synonyms ? expandTerm(term.tokens.join(''), this.#groups).map((v) => termOf([...v])) : [term],
    }));
  }

  /** Pages holding a term (any variant), with its first position. */
  async #termHits(term: Term, cancelled?: () => boolean): Promise<TermHits> {
    const hits: TermHits = new Map();
    const found = await Promise.all(term.variants.map((variant) => this.#termPages(variant, cancelled)));
    found.forEach((pages, k) => {
      for (const [page, start] of pages) {
        const known = hits.get(page);
        if (!known) hits.set(page, { start, literal: k === 0 });
        else {
          known.start = Math.min(known.start, start);
          known.literal ||= k === 0;
        }
      }
    });
    return hits;
  }

  /** Pages matching every term. */
  async #matches(terms: Term[], cancelled?: () => boolean): Promise<Match[]> {
    return intersect(await Promise.all(terms.map((term) => this.#termHits(term, cancelled))));
  }

  /** Site base path, e.g. `/` or `/handbook/`. */
  get #base(): string {
    return new URL(this.#bundleUrl, location.href).pathname.replace(/pagefind\/$/, '');
  }

  /** A text file of the search bundle, fetched once (a failed fetch is tried again next time). */
  #text(path: string): Promise<string> {
    return once(this.#files, path, async () => (await this.#file(path)).text());
  }

  #marked(text: string, tokens: readonly (readonly string[])[], options: Parameters<typeof excerptHtml>[3], offset = 0, start?: number): string {
    const aligned = alignText(text, this.#fold);
    const { first, marked } = matchPositions(aligned, tokens);
    // `tokens` list the query's terms and then their synonyms: a hit through a synonym alone is still where the excerpt starts.
    const at = first >= 0 || !marked.size ? Math.max(first, 0) : Math.min(...marked);
    return excerptHtml(aligned, start !== undefined ? start - offset : at, marked, options);
  }

  /**
   * Excerpt of a title hit: the page text around the first hit after the
   * title (the title is shown above it), else around the title itself as
   * the page shows it; the page's opening words after the title when the
   * text holds no hit.
   */
  async #titleExcerpt(url: string, title: string, tokens: readonly (readonly string[])[]): Promise<string> {
    const aligned = alignText(await this.#text(textPiecePath(url, this.#base, 0)), this.#fold);
    const titleTokens = alignText(title, this.#fold).tokens;
    const titleAt = matchPositions(aligned, [titleTokens]).first;
    const afterTitle = titleAt < 0 ? 0 : titleAt + titleTokens.length;
    const { marked } = matchPositions(aligned, tokens);
    const sorted = [...marked].sort((a, b) => a - b);
    const first = sorted.find((i) => i >= afterTitle) ?? sorted[0] ?? afterTitle;
    return excerptHtml(aligned, first, marked, { size: 64, context: marked.size ? 16 : 0 });
  }

  /** The excerpt of a ranked result: around its first hit in the text, the heading it hit, or after the title. */
  async #excerpt(item: RankedResult, page: SearchPage, tokens: readonly (readonly string[])[]): Promise<string> {
    if (item.rank === 'body') {
      const context = 16;
      const piece = pieceFor(item.start, context);
      const text = await this.#text(textPiecePath(page.url, this.#base, piece));
      return this.#marked(text, tokens, { size: 64, context }, piece * PIECE_STEP, item.start);
    }
    if (item.rank === 'headings') return this.#marked(await this.#text(headingsPath(page.url, this.#base)), tokens, { size: 120, context: 60, line: true });
    return this.#titleExcerpt(page.url, page.title, tokens);
  }

  #toHit(item: RankedResult, tokens: readonly (readonly string[])[]): SearchHit {
    const page = this.#index.pages[item.page]!;
    let excerpt: Promise<string> | undefined;
    return {
      url: page.url,
      title: page.title,
      type: page.type,
      dept: page.dept,
      lang: page.lang,
      rank: item.rank,
      titleHtml: item.rank === 'title' ? this.#marked(page.title, tokens, { size: 200 }) : escapeHtml(page.title),
      excerpt: () => (excerpt ??= this.#excerpt(item, page, tokens)),
    };
  }

  /** Runs `query`; every page containing all its terms (or a synonym of them) is in the outcome. */
  async search(query: string, filters: SearchFilters = {}, options: SearchOptions = {}): Promise<SearchOutcome> {
    const parsed = parseQuery(query, this.#fold);
    const empty: SearchOutcome = { terms: parsed, total: 0, synonymOnly: 0, facets: () => ({ type: {}, dept: {} }), next: () => [], pages: () => [] };
    if (!parsed.length) return empty;
    const { cancelled } = options;
    const readerLang = options.readerLang || (typeof document === 'undefined' ? '' : document.documentElement.lang) || MAIN_LANG;
    const terms = this.#terms(parsed, options.synonyms ?? false);
    const unfiltered = await this.#matches(terms, cancelled);

    if (!unfiltered.length && options.fallback) {
      const parts = await this.#fallbackParts(parsed, options.synonyms ?? false, cancelled);
      if (parts.length) {
        const outcome = await this.search(parts.join(' '), filters, { ...options, fallback: false });
        return { ...outcome, fallback: parts };
      }
    }

    const { pages } = this.#index;
    const chosen = (page: SearchPage, skip?: 'type' | 'dept') =>
      (skip === 'type' || !filters.type || page.type === filters.type) && (skip === 'dept' || !filters.dept || page.dept === filters.dept);
    const matches = unfiltered.filter((m) => chosen(pages[m.page]!));
    // The query and its synonym variants, folded: a title equal to one is an exact title.
    const queries = terms.length === 1 ? terms[0]!.variants.map((v) => v.tokens.join('')) : [terms.map((t) => t.variants[0]!.tokens.join('')).join('')];
    const ranked: RankedResult[] = matches
      .map((m) => {
        const page = pages[m.page]!;
        let match = matchOf(m.starts);
        const start = textStart(m.starts);
        // A title hit at the title's first character may be the whole title.
        if (match === MATCH.title && m.starts[0] === 0 && isExactTitle(page.title, queries, this.#fold)) match = MATCH.exactTitle;
        const key: RankKey = {
          match,
          retired: page.retired,
          report: page.report,
          synonym: !m.literal,
          foreign: (page.lang || MAIN_LANG) !== readerLang,
          // Title and heading hits by where they start; body hits by where the text first holds a term.
          start: match === MATCH.body ? start : m.starts[0]!,
          titleLength: [...page.title].length,
        };
        return { page: m.page, rank: rankName(match), key, start };
      })
      .sort((a, b) => compareRank(a.key, b.key));

    const tokens = terms.flatMap((t) => t.variants.map((v) => v.tokens));
    let cursor = 0;
    return {
      terms: parsed,
      total: matches.length,
      synonymOnly: matches.filter((m) => !m.literal).length,
      facets: () => {
        const all = this.allFacets();
        const facets: Facets = { type: {}, dept: {} };
        for (const value of Object.keys(all.type)) facets.type[value] = 0;
        for (const value of Object.keys(all.dept)) facets.dept[value] = 0;
        for (const m of unfiltered) {
          const page = pages[m.page]!;
          if (chosen(page, 'type')) facets.type[page.type]!++;
          if (page.dept && chosen(page, 'dept')) facets.dept[page.dept]!++;
        }
        return facets;
      },
      pages: () => matches.map((m) => pages[m.page]!.url),
      next: (count: number) => {
        // One record per page: no page is met twice.
        const batch = ranked.slice(cursor, cursor + count);
        cursor += batch.length;
        return batch.map((item) => this.#toHit(item, tokens));
      },
    };
  }

  /** Longest parts of a query that match (see `fallback.ts`); empty when none do. */
  async #fallbackParts(parsed: SearchTerm[], synonyms: boolean, cancelled?: () => boolean): Promise<string[]> {
    const matchesAll = async (words: string[]) => (await this.#matches(this.#terms(words.map((w) => termOf([...w])), synonyms), cancelled)).length > 0;
    const parts: string[] = [];
    for (const term of parsed) {
      const word = term.tokens.join('');
      if (await matchesAll([word])) parts.push(word);
      else parts.push(...(await longestParts(word, (part) => matchesAll([part]))));
    }
    return combineParts([...new Set(parts)], matchesAll);
  }
}

interface RankedResult {
  page: number;
  rank: HitRank;
  key: RankKey;
  /** For a body hit: position of the first term occurring in the text zone, in the page text. */
  start: number;
}

const rankName = (match: number): HitRank => (match === MATCH.body ? 'body' : match === MATCH.headings ? 'headings' : 'title');
