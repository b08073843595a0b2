/**
 * The browser side of search: runs a query against the Pagefind index and
 * returns every matching page, ranked by `rank.ts` (exact title, title,
 * headings, body; in force, as typed, handbook, reader's language), with
 * excerpts around the first hit in the page's own script. On request it
 * widens the query with synonyms (`synonyms.ts`) and, when nothing matches,
 * falls back to the query's longest parts that do (`fallback.ts`).
 *
 * The index holds one record per page in fixed zones (`records.ts`): where a
 * term first occurs tells whether it hit the title, a heading or the text.
 * Rank flags (not in force, report, language) are a Pagefind filter carried
 * by the minority pages only, asked with one search of the rarest term per
 * flag. Pagefind is loaded lazily from the site's `pagefind/` folder, with
 * the character-folding table (`fold.json`). Hits are shown from small
 * files written beside the index — `pages/` maps result ids to pages
 * (title, summary, headings) and `text/` holds page texts in pieces —
 * rather than from Pagefind's fragments, which carry a page's whole content.
 */
import { combineParts, longestParts } from './fallback.ts';
import type { FoldTable } from './fold.ts';
import { chunkStartsForPrefix } from './prefix-chunks.ts';
import { parseQuery, termOf, type SearchTerm } from './query.ts';
import { compareRank, isExactTitle, MATCH, type RankKey } from './rank.ts';
import { alignText, escapeHtml, excerptHtml, matchPositions } from './record-text.ts';
import { BODY_START, MAIN_LANG, PIECE_STEP, pieceFor, shardPath, textPiecePath, TITLE_SLOTS, type RankFlag, type ShardEntry } from './records.ts';
import { expandTerm, foldGroups, VOCABULARY } from './synonyms.ts';

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
  /** Record id, e.g. `und_98292ce`. */
  id: string;
  /** Word positions of the match in the record (first occurrence, for a phrase). */
  words: number[];
  data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
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
   * Asked between Pagefind calls: once it returns true (a newer query
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
  /** Excerpt with the query marked, as safe HTML. */
  excerptHtml: string;
  rank: HitRank;
}

/** Matching pages per filter value. */
export type Facets = Record<'type' | 'dept', Record<string, number>>;

export interface SearchOutcome {
  terms: SearchTerm[];
  /** Number of matching pages. */
  total: number;
  /** Set when the query matched nothing and these parts of it were searched instead. */
  fallback?: string[];
  /**
   * Matching pages per type (under the department filter) and per
   * department (under the type filter): what each choice would show.
   */
  facets(): Promise<Facets>;
  /** Loads the next `count` hits in rank order; an empty array when all are loaded. */
  next(count: number): Promise<SearchHit[]>;
  /** URLs of all matching pages, unranked (for the benchmark and tests; loads every match). */
  pages(): Promise<string[]>;
}

/** Hits of one term: record id → the record, its first position, whether it matched as typed. */
type TermHits = Map<string, { result: PagefindResult; start: number; literal: boolean }>;

/** A query term with its synonym variants (the term itself first). */
interface Term {
  variants: SearchTerm[];
}

/** One record (page) matching every term. */
interface Match {
  result: PagefindResult;
  /** First position of each term in the record. */
  starts: number[];
  /** Every term matched as typed, not only through a synonym. */
  literal: boolean;
}

/** Which records carry each rank flag. */
interface RankFlags {
  retired: Set<string>;
  report: Set<string>;
  /** True for a record in another language than the reader's. */
  foreign(id: string): boolean;
}

interface RankedResult {
  result: PagefindResult;
  rank: HitRank;
  key: RankKey;
  /** For a body hit: position of the first term occurring in the text zone, in the page text. */
  start: number;
}

/**
 * Title hits starting at the title's first character whose shard entry is
 * loaded to tell an exact title (each costs a small file, which showing the
 * hit needs anyway): more are ranked by position only.
 */
const TITLE_CHECK_LIMIT = 8;
/** Title length of a title hit not checked: after the known ones. */
const UNKNOWN_LENGTH = Number.MAX_SAFE_INTEGER;

/** Records present in every term's hits, in the order of the first. */
function intersect(perTerm: TermHits[]): Match[] {
  const [first, ...rest] = perTerm;
  return [...first!.values()]
    .filter((hit) => rest.every((map) => map.has(hit.result.id)))
    .map((hit) => {
      const all = perTerm.map((map) => map.get(hit.result.id)!);
      return { result: hit.result, starts: all.map((h) => h.start), literal: all.every((h) => h.literal) };
    });
}

/** The zone of a match (records.ts): every term first occurs in the title, else in title or headings, else the text. */
function matchOf(starts: readonly number[]): number {
  if (starts.every((s) => s < TITLE_SLOTS)) return MATCH.title;
  return starts.every((s) => s < BODY_START) ? MATCH.headings : MATCH.body;
}

/** Position in the page text for a body excerpt: the first term occurring in the text zone. */
const textStart = (starts: readonly number[]) => Math.max(0, (starts.find((s) => s >= BODY_START) ?? BODY_START) - BODY_START);

const EMPTY_FACETS: Facets = { type: {}, dept: {} };

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
  #groups: string[][];
  #files = new Map<string, Promise<unknown>>();
  #queue: Promise<unknown> = Promise.resolve();
  #allFacets: Promise<Facets> | undefined;
  /** Per term's hits: how many carry each rank flag (Pagefind's counts), to skip searches that cannot tell pages apart. */
  #flagCounts = new WeakMap<TermHits, Record<string, number>>();

  /** `synonyms`: extra groups of interchangeable words (department names), added to the maintained vocabulary. */
  constructor(pagefind: PagefindApi, fold: FoldTable, bundleUrl: string, synonyms: readonly (readonly string[])[] = []) {
    this.#pagefind = pagefind;
    this.#fold = fold;
    this.#bundleUrl = bundleUrl;
    this.#groups = foldGroups([...VOCABULARY, ...synonyms], fold);
  }

  /**
   * Loads Pagefind and the folding table from `bundleUrl` (e.g. `/pagefind/`),
   * and the department synonyms from `synonymsUrl` (search works without them).
   */
  static async load(bundleUrl: string, synonymsUrl?: string): Promise<SearchEngine> {
    const [pagefind, fold, synonyms] = await Promise.all([
      import(/* @vite-ignore */ `${bundleUrl}pagefind.js`) as Promise<PagefindApi>,
      fetch(`${bundleUrl}fold.json`).then((r) => {
        if (!r.ok) throw new Error(`fold.json: HTTP ${r.status}`);
        return r.json() as Promise<FoldTable>;
      }),
      synonymsUrl
        ? fetch(synonymsUrl).then((r) => (r.ok ? (r.json() as Promise<string[][]>) : []), () => [])
        : Promise.resolve([]),
    ]);
    // No web worker: one file less to download, and searches are short.
    await pagefind.options({ noWorker: true, excerptLength: 0 });
    startLanguageNeutral(pagefind);
    return new SearchEngine(pagefind, fold, bundleUrl, Array.isArray(synonyms) ? synonyms : []);
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

  #search(term: string | null, filters: Record<string, string>, cancelled?: () => boolean): Promise<PagefindResponse> {
    return this.#serial(() => {
      // A superseded query gives up before its next call: the newer one does not wait behind it.
      if (cancelled?.()) throw new SearchCancelled();
      return this.#pagefind.search(term, { filters });
    });
  }

  /** All filter values of the whole index, with page counts; computed once. */
  allFacets(): Promise<Facets> {
    this.#allFacets ??= (async () => {
      // filters() loads every filter chunk (the search page needs the type and department values);
      // a null search then counts pages (one record each).
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
  async #page(id: string): Promise<ShardEntry> {
    const entry = (await this.#file<Record<string, ShardEntry>>(shardPath(id), 'json'))[id];
    if (!entry) throw new Error(`search index: ${id} missing from ${shardPath(id)}`);
    return entry;
  }

  /**
   * Loads every index chunk a prefix term's words may lie in (Pagefind alone
   * loads only the chunk holding the prefix itself; see prefix-chunks.ts).
   */
  async #preloadPrefix(term: SearchTerm, cancelled?: () => boolean): Promise<void> {
    if (term.phrase.startsWith('"')) return;
    const starts = chunkStartsForPrefix(await this.#file<string[]>('chunks.json', 'json'), term.phrase);
    if (starts.length > 1) {
      await this.#serial(() => {
        if (cancelled?.()) throw new SearchCancelled();
        return this.#pagefind.preload(starts.join(' '));
      });
    }
  }

  /** Site base path, e.g. `/` or `/handbook/`. */
  get #base(): string {
    return new URL(this.#bundleUrl, location.href).pathname.replace(/pagefind\/$/, '');
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
   * the page shows it; the page's opening words when the text holds no hit.
   */
  async #titleExcerpt(page: string, title: string, summary: string, tokens: readonly (readonly string[])[]): Promise<string> {
    const text = await this.#file<string>(textPiecePath(page, this.#base, 0), 'text').catch(() => undefined);
    const aligned = text === undefined ? undefined : alignText(text, this.#fold);
    const { marked } = aligned ? matchPositions(aligned, tokens) : { marked: new Set<number>() };
    if (!aligned || !marked.size) return escapeHtml(summary) + (summary.length >= 80 ? '…' : '');
    const titleTokens = alignText(title, this.#fold).tokens;
    const titleAt = matchPositions(aligned, [titleTokens]).first;
    const afterTitle = titleAt < 0 ? 0 : titleAt + titleTokens.length;
    const sorted = [...marked].sort((a, b) => a - b);
    const first = sorted.find((i) => i >= afterTitle) ?? sorted[0]!;
    return excerptHtml(aligned, first, marked, { size: 64, context: 16 });
  }

  async #toHit(item: RankedResult, tokens: readonly (readonly string[])[]): Promise<SearchHit> {
    const [page, title, type, dept, lang, summary, headings] = await this.#page(item.result.id);
    const base = { url: page, title, type, dept, lang, rank: item.rank };
    if (item.rank === 'body') {
      const context = 16;
      const piece = pieceFor(item.start, context);
      const text = await this.#file<string>(textPiecePath(page, this.#base, piece), 'text');
      const excerpt = this.#marked(text, tokens, { size: 64, context }, piece * PIECE_STEP, item.start);
      return { ...base, titleHtml: escapeHtml(title), excerptHtml: excerpt };
    }
    const titleHtml = item.rank === 'title' ? this.#marked(title, tokens, { size: 200 }) : escapeHtml(title);
    const excerpt =
      item.rank === 'headings'
        ? this.#marked(headings, tokens, { size: 120, context: 60, line: true })
        : await this.#titleExcerpt(page, title, summary, tokens);
    return { ...base, titleHtml, excerptHtml: excerpt };
  }

  /** The terms of a query, each with its synonym variants when asked for. */
  #terms(parsed: SearchTerm[], synonyms: boolean): Term[] {
    return parsed.map((term) => ({
      variants: synonyms ? expandTerm(term.tokens.join(''), this.#groups).map((v) => termOf([...v])) : [term],
    }));
  }

  /** Records holding a term (any variant), with its first position; `filters` narrow them. */
  async #termHits(term: Term, filters: Record<string, string>, cancelled?: () => boolean): Promise<TermHits> {
    const hits: TermHits = new Map();
    const flags: Record<string, number> = {};
    for (const [k, variant] of term.variants.entries()) {
      await this.#preloadPrefix(variant, cancelled);
      const { results, filters: counts } = await this.#search(variant.phrase, filters, cancelled);
      // Counts of the rank filter, once its chunk is loaded (the first flag search loads it).
      if (counts.rank) for (const [flag, n] of Object.entries(counts.rank)) flags[flag] = (flags[flag] ?? 0) + n;
      for (const result of results) {
        // A result without a position matched only Pagefind's meta fields, not the text.
        if (!result.words.length) continue;
        const start = Math.min(...result.words);
        const known = hits.get(result.id);
        if (!known) hits.set(result.id, { result, start, literal: k === 0 });
        else {
          known.start = Math.min(known.start, start);
          known.literal ||= k === 0;
        }
      }
    }
    if (Object.keys(flags).length) this.#flagCounts.set(hits, flags);
    return hits;
  }

  /** Records matching every term, and the term with the fewest hits (the pivot: per-value searches run on it, the cheapest). */
  async #matches(terms: Term[], filters: Record<string, string>, cancelled?: () => boolean): Promise<{ matches: Match[]; pivot: Term; flagCounts: Record<string, number> | undefined }> {
    const perTerm: TermHits[] = [];
    for (const term of terms) perTerm.push(await this.#termHits(term, filters, cancelled));
    const best = perTerm.reduce((best, hits, i) => (hits.size < perTerm[best]!.size ? i : best), 0);
    return { matches: intersect(perTerm), pivot: terms[best]!, flagCounts: this.#flagCounts.get(perTerm[best]!) };
  }

  /** Ids of the records among `pivot`'s hits that carry filter value `key: value`. */
  async #idsWith(pivot: Term, filters: Record<string, string>, key: string, value: string, cancelled?: () => boolean): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const variant of pivot.variants) {
      const { results } = await this.#search(variant.phrase, { ...filters, [key]: value }, cancelled);
      for (const result of results) ids.add(result.id);
    }
    return ids;
  }

  /**
   * Which records among `matches` (the hits of `pivot` narrowed by the other
   * terms) carry each rank flag: one search of `pivot` per flag, unless
   * nothing needs ordering or Pagefind's counts already tell.
   */
  async #flags(matches: Match[], pivot: Term, filters: Record<string, string>, flagCounts: Record<string, number> | undefined, readerLang: string, cancelled?: () => boolean): Promise<RankFlags> {
    const flagged = async (flag: RankFlag) => {
      // A single match needs no order; when Pagefind's counts say no hit of the pivot term carries a flag, no match does.
      if (matches.length < 2 || (flagCounts && !flagCounts[flag])) return new Set<string>();
      return this.#idsWith(pivot, filters, 'rank', flag, cancelled);
    };
    const retired = await flagged('retired');
    const report = await flagged('report');
    // Pages in the main language carry no language flag (see rank-flags.ts): its readers find the others by `lang:*`.
    const reader = readerLang || MAIN_LANG;
    const otherLang = reader === MAIN_LANG ? await flagged('lang:*') : undefined;
    const ownLang = reader === MAIN_LANG ? undefined : await flagged(`lang:${reader}`);
    return { retired, report, foreign: (id: string) => (otherLang ? otherLang.has(id) : !ownLang!.has(id)) };
  }

  /** Runs `query`; every page containing all its terms (or a synonym of them) is in the outcome. */
  async search(query: string, filters: SearchFilters = {}, options: SearchOptions = {}): Promise<SearchOutcome> {
    const parsed = parseQuery(query, this.#fold);
    const empty = { terms: parsed, total: 0, facets: async () => EMPTY_FACETS, next: async () => [], pages: async () => [] };
    if (!parsed.length) return empty;
    const { cancelled } = options;
    const readerLang = options.readerLang ?? (typeof document === 'undefined' ? '' : document.documentElement.lang);
    const terms = this.#terms(parsed, options.synonyms ?? false);
    const facetFilters = { ...(filters.type ? { type: filters.type } : {}), ...(filters.dept ? { dept: filters.dept } : {}) };
    const { matches, pivot, flagCounts } = await this.#matches(terms, facetFilters, cancelled);

    if (!matches.length && options.fallback && !filters.type && !filters.dept) {
      const parts = await this.#fallbackParts(parsed, options.synonyms ?? false, cancelled);
      if (parts.length) {
        const outcome = await this.search(parts.join(' '), filters, { ...options, fallback: false });
        return { ...outcome, fallback: parts };
      }
    }

    const flags = matches.length ? await this.#flags(matches, pivot, facetFilters, flagCounts, readerLang, cancelled) : undefined;
    const keyed = matches.map((m) => ({
      m,
      key: {
        match: matchOf(m.starts),
        retired: flags!.retired.has(m.result.id),
        report: flags!.report.has(m.result.id),
        synonym: !m.literal,
        foreign: flags!.foreign(m.result.id),
        // Title and heading hits by where they start; body hits by where the text first holds a term.
        start: matchOf(m.starts) === MATCH.body ? textStart(m.starts) : m.starts[0]!,
        titleLength: UNKNOWN_LENGTH,
      } satisfies RankKey,
    }));
    // Title hits starting the title: their shard entry tells an exact title (the title zone holds exactly the query).
    const queries = terms.length === 1 ? terms[0]!.variants.map((v) => v.tokens.join('')) : [terms.map((t) => t.variants[0]!.tokens.join('')).join('')];
    const titleHits = keyed
      .filter(({ m, key }) => key.match === MATCH.title && m.starts[0] === 0)
      .sort((a, b) => compareRank(a.key, b.key))
      .slice(0, TITLE_CHECK_LIMIT);
    await Promise.all(
      titleHits.map(async ({ m, key }) => {
        const [, title] = await this.#page(m.result.id);
        key.titleLength = [...title].length;
        if (isExactTitle(title, queries, this.#fold)) key.match = MATCH.exactTitle;
      }),
    );
    const rankName = (match: number): HitRank => (match === MATCH.body ? 'body' : match === MATCH.headings ? 'headings' : 'title');
    const ranked: RankedResult[] = keyed
      .map(({ m, key }) => ({ result: m.result, rank: rankName(key.match), key, start: textStart(m.starts) }))
      .sort((a, b) => compareRank(a.key, b.key));

    const tokens = terms.flatMap((t) => t.variants.map((v) => v.tokens));
    let cursor = 0;
    return {
      terms: parsed,
      total: matches.length,
      // Without facet filters the matches are the ones facets count: no second round of searches.
      facets: () => this.#facets(terms, filters, Object.keys(facetFilters).length ? undefined : { matches, pivot }),
      pages: async () => Promise.all(matches.map(async (m) => (await this.#page(m.result.id))[0])),
      next: async (count: number) => {
        // One record per page: no page is met twice.
        const batch = ranked.slice(cursor, cursor + count);
        cursor += batch.length;
        return Promise.all(batch.map((item) => this.#toHit(item, tokens)));
      },
    };
  }

  /**
   * Counts per facet value: the matches without facet filters (`unfiltered`
   * when the query had none), each given its type and department by one
   * search of the pivot term per value that occurs in the index.
   */
  async #facets(terms: Term[], filters: SearchFilters, unfiltered?: { matches: Match[]; pivot: Term }): Promise<Facets> {
    const all = await this.allFacets();
    const { matches, pivot } = unfiltered ?? (await this.#matches(terms, {}));
    const ids = new Set(matches.map((m) => m.result.id));
    const attribute = async (key: 'type' | 'dept') => {
      const of = new Map<string, string>();
      for (const value of Object.keys(all[key])) {
        for (const id of await this.#idsWith(pivot, {}, key, value)) if (ids.has(id)) of.set(id, value);
      }
      return of;
    };
    const typeOf = await attribute('type');
    const deptOf = await attribute('dept');
    const count = (key: 'type' | 'dept', other: Map<string, string>, otherValue: string | undefined) => {
      const counts: Record<string, number> = Object.fromEntries(Object.keys(all[key]).map((v) => [v, 0]));
      const own = key === 'type' ? typeOf : deptOf;
      for (const id of ids) {
        if (otherValue && other.get(id) !== otherValue) continue;
        const value = own.get(id);
        if (value !== undefined) counts[value] = (counts[value] ?? 0) + 1;
      }
      return counts;
    };
    return { type: count('type', deptOf, filters.dept), dept: count('dept', typeOf, filters.type) };
  }

  /** Longest parts of a query that match (see `fallback.ts`); empty when none do. */
  async #fallbackParts(parsed: SearchTerm[], synonyms: boolean, cancelled?: () => boolean): Promise<string[]> {
    const matchesAll = async (words: string[]) =>
      (await this.#matches(this.#terms(words.map((w) => termOf([...w])), synonyms), {}, cancelled)).matches.length > 0;
    const parts: string[] = [];
    for (const term of parsed) {
      const word = term.tokens.join('');
      if (await matchesAll([word])) parts.push(word);
      else parts.push(...(await longestParts(word, (part) => matchesAll([part]))));
    }
    return combineParts([...new Set(parts)], matchesAll);
  }
}
