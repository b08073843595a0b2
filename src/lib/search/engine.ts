/**
 * The browser side of search: runs a query against the Pagefind index and
 * returns every matching page, ranked by `rank.ts` (exact title, title,
 * headings, body; in force, handbook, reader's language), with excerpts
 * around the first hit in the page's own script. On request it widens the
 * query with synonyms (`synonyms.ts`) and, when nothing matches, falls back
 * to the query's longest parts that do (`fallback.ts`).
 *
 * Pagefind is loaded lazily from the site's `pagefind/` folder, with the
 * character-folding table (`fold.json`). Body hits are shown from small
 * files written beside the index — `pages/` maps result ids to pages and
 * `text/` holds page texts in pieces — rather than from Pagefind's
 * fragments, which carry a page's whole text.
 */
import { combineParts, longestParts } from './fallback.ts';
import type { FoldTable } from './fold.ts';
import { parseQuery, type SearchTerm } from './query.ts';
import { compareRank, isExactTitle, MATCH, type RankKey } from './rank.ts';
import { alignText, escapeHtml, excerptHtml, matchPositions } from './record-text.ts';
import { MAIN_LANG, PIECE_STEP, pieceFor, shardPath, textPiecePath, TITLE_SLOTS, type RankFlag, type RecordField, type RecordMeta, type ShardEntry } from './records.ts';
import { expandTerm, foldGroups, VOCABULARY } from './synonyms.ts';

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

/** A query term with its synonym variants (token lists; the term itself first). */
interface Term {
  variants: string[][];
}

/** One record matching every term. */
interface Match {
  result: PagefindResult;
  /** First position of each term. */
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
  /** Position of the first term's first occurrence in the record. */
  start: number;
  /** Meta of a heads record, when already loaded for ranking. */
  meta?: RecordMeta;
}

/**
 * Title hits starting at the title's first character whose meta is loaded
 * to tell an exact title (each costs a small file): more are ranked by
 * position only.
 */
const TITLE_META_LIMIT = 8;
/** Title length of a title hit whose meta is not loaded: after the known ones. */
const UNKNOWN_LENGTH = Number.MAX_SAFE_INTEGER;

const phraseOf = (tokens: readonly string[]) => `"${tokens.join(' ')}"`;

/** Records present in every term's hits, in the order of the first; dropped: records matching only meta fields. */
function intersect(perTerm: TermHits[]): Match[] {
  const [first, ...rest] = perTerm;
  return [...first!.values()]
    .filter((hit) => rest.every((map) => map.has(hit.result.id)))
    .map((hit) => {
      const all = perTerm.map((map) => map.get(hit.result.id)!);
      return { result: hit.result, starts: all.map((h) => h.start), literal: all.every((h) => h.literal) };
    });
}

const EMPTY_FACETS: Facets = { type: {}, dept: {} };

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

  #search(term: string | null, filters: Record<string, string>): Promise<PagefindResponse> {
    return this.#serial(() => this.#pagefind.search(term, { filters }));
  }

  /** All filter values of the whole index, with page counts; computed once. */
  allFacets(): Promise<Facets> {
    this.#allFacets ??= (async () => {
      // filters() loads every filter chunk (the search page needs the type and department values);
      // a null search then counts pages (body records only).
      await this.#serial(() => this.#pagefind.filters());
      const { filters } = await this.#search(null, { field: 'body' });
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

  /** The page a body record belongs to. */
  async #bodyPage(id: string): Promise<ShardEntry> {
    const entry = (await this.#file<Record<string, ShardEntry>>(shardPath(id), 'json'))[id];
    if (!entry) throw new Error(`search index: ${id} missing from ${shardPath(id)}`);
    return entry;
  }

  /** Site base path, e.g. `/` or `/handbook/`. */
  get #base(): string {
    return new URL(this.#bundleUrl, location.href).pathname.replace(/pagefind\/$/, '');
  }

  #marked(text: string, terms: readonly (readonly string[])[], options: Parameters<typeof excerptHtml>[3], offset = 0, start?: number): string {
    const aligned = alignText(text, this.#fold);
    const { first, marked } = matchPositions(aligned.tokens, terms);
    return excerptHtml(aligned, start !== undefined ? start - offset : Math.max(first, 0), marked, options);
  }

  /**
   * Excerpt of a title hit: the page text around the first hit after the
   * title (the title is shown above it), else around the title itself as
   * the page shows it; the page's opening words when the text is missing.
   */
  async #titleExcerpt(meta: RecordMeta, tokens: readonly (readonly string[])[]): Promise<string> {
    const text = await this.#file<string>(textPiecePath(meta.page, this.#base, 0), 'text').catch(() => undefined);
    const { marked } = text === undefined ? { marked: new Set<number>() } : matchPositions(alignText(text, this.#fold).tokens, tokens);
    if (text === undefined || !marked.size) return escapeHtml(meta.summary ?? '') + ((meta.summary?.length ?? 0) >= 80 ? '…' : '');
    const aligned = alignText(text, this.#fold);
    const title = alignText(meta.title, this.#fold).tokens;
    const titleAt = matchPositions(aligned.tokens, [title]).first;
    const afterTitle = titleAt < 0 ? 0 : titleAt + title.length;
    const sorted = [...marked].sort((a, b) => a - b);
    const first = sorted.find((i) => i >= afterTitle) ?? sorted[0]!;
    return excerptHtml(aligned, first, marked, { size: 64, context: 16 });
  }

  async #toHit(item: RankedResult, tokens: readonly (readonly string[])[]): Promise<SearchHit> {
    if (item.rank === 'body') {
      const [page, title, type, dept, lang] = await this.#bodyPage(item.result.id);
      const context = 16;
      const piece = pieceFor(item.start, context);
      const text = await this.#file<string>(textPiecePath(page, this.#base, piece), 'text');
      const excerpt = this.#marked(text, tokens, { size: 64, context }, piece * PIECE_STEP, item.start);
      return { url: page, title, titleHtml: escapeHtml(title), type, dept, lang, excerptHtml: excerpt, rank: 'body' };
    }
    const meta = item.meta ?? ((await item.result.data()).meta as unknown as RecordMeta);
    const titleHtml = item.rank === 'title' ? this.#marked(meta.title, tokens, { size: 200 }) : escapeHtml(meta.title);
    const excerpt =
      item.rank === 'headings'
        ? this.#marked(meta.headings ?? '', tokens, { size: 120, context: 60, line: true })
        : await this.#titleExcerpt(meta, tokens);
    return { url: meta.page, title: meta.title, titleHtml, type: meta.type, dept: meta.dept, lang: meta.lang, excerptHtml: excerpt, rank: item.rank };
  }

  /** The page of a ranked result, without loading more than needed. */
  async #pageOf(item: RankedResult): Promise<string> {
    if (item.rank === 'body') return (await this.#bodyPage(item.result.id))[0];
    return (item.meta ?? ((await item.result.data()).meta as unknown as RecordMeta)).page;
  }

  /** The terms of a query, each with its synonym variants when asked for. */
  #terms(parsed: SearchTerm[], synonyms: boolean): Term[] {
    return parsed.map((term) => ({
      variants: synonyms ? expandTerm(term.tokens.join(''), this.#groups).map((v) => [...v]) : [term.tokens],
    }));
  }

  /** Records of `field` holding a term (any variant), with its first position; `filters` narrow them. */
  async #termHits(term: Term, field: RecordField, filters: Record<string, string>): Promise<TermHits> {
    const hits: TermHits = new Map();
    const flags: Record<string, number> = {};
    for (const [k, variant] of term.variants.entries()) {
      const { results, filters: counts } = await this.#search(phraseOf(variant), { field, ...filters });
      // Counts of the rank filter, once its chunk is loaded (the first flag search loads it).
      if (counts.rank) for (const [flag, n] of Object.entries(counts.rank)) flags[flag] = (flags[flag] ?? 0) + n;
      for (const result of results) {
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

  /** Records of `field` matching every term. */
  async #matches(terms: Term[], field: RecordField, filters: Record<string, string>): Promise<{ matches: Match[]; pivot: Term; flagCounts: Record<string, number> | undefined }> {
    const perTerm: TermHits[] = [];
    for (const term of terms) perTerm.push(await this.#termHits(term, field, filters));
    // The term with the fewest hits: per-value searches below run on it, the cheapest.
    const best = perTerm.reduce((best, hits, i) => (hits.size < perTerm[best]!.size ? i : best), 0);
    return { matches: intersect(perTerm), pivot: terms[best]!, flagCounts: this.#flagCounts.get(perTerm[best]!) };
  }

  /** Ids of the records of `field` (any field when undefined) among `pivot`'s hits that carry filter value `key: value`. */
  async #idsWith(pivot: Term, field: RecordField | undefined, filters: Record<string, string>, key: string, value: string): Promise<Set<string>> {
    const ids = new Set<string>();
    for (const variant of pivot.variants) {
      const { results } = await this.#search(phraseOf(variant), { ...(field ? { field } : {}), ...filters, [key]: value });
      for (const result of results) ids.add(result.id);
    }
    return ids;
  }

  /**
   * Which records among the hits of `pivot` carry each rank flag, in either
   * field (a heads record holds the pivot term too: its page's body does):
   * one search per flag serves titles, headings and body.
   */
  async #flags(pivot: Term, filters: Record<string, string>, flagCounts: Record<string, number> | undefined, readerLang: string): Promise<RankFlags> {
    // When Pagefind's counts say no hit of the pivot term carries a flag, no search is needed to know no match does.
    const flagged = async (flag: RankFlag) => (flagCounts && !flagCounts[flag] ? new Set<string>() : this.#idsWith(pivot, undefined, filters, 'rank', flag));
    const retired = await flagged('retired');
    const report = await flagged('report');
    // Pages in the main language carry no language flag (see rank-flags.ts): its readers find the others by `lang:*`.
    const reader = readerLang || MAIN_LANG;
    const otherLang = reader === MAIN_LANG ? await flagged('lang:*') : undefined;
    const ownLang = reader === MAIN_LANG ? undefined : await flagged(`lang:${reader}`);
    return { retired, report, foreign: (id: string) => (otherLang ? otherLang.has(id) : !ownLang!.has(id)) };
  }

  /** Rank keys of matches, before titles are known. */
  #keys(matches: Match[], flags: RankFlags, match: (m: Match) => number) {
    return matches.map((m) => ({
      m,
      key: {
        match: match(m),
        retired: flags.retired.has(m.result.id),
        report: flags.report.has(m.result.id),
        synonym: !m.literal,
        foreign: flags.foreign(m.result.id),
        start: m.starts[0]!,
        titleLength: UNKNOWN_LENGTH,
      } satisfies RankKey,
    }));
  }

  /** Runs `query`; every page containing all its terms (or a synonym of them) is in the outcome. */
  async search(query: string, filters: SearchFilters = {}, options: SearchOptions = {}): Promise<SearchOutcome> {
    const parsed = parseQuery(query, this.#fold);
    const empty = { terms: parsed, total: 0, facets: async () => EMPTY_FACETS, next: async () => [], pages: async () => [] };
    if (!parsed.length) return empty;
    const readerLang = options.readerLang ?? (typeof document === 'undefined' ? '' : document.documentElement.lang);
    const terms = this.#terms(parsed, options.synonyms ?? false);
    const facetFilters = { ...(filters.type ? { type: filters.type } : {}), ...(filters.dept ? { dept: filters.dept } : {}) };
    const body = await this.#matches(terms, 'body', facetFilters);

    if (!body.matches.length && options.fallback && !filters.type && !filters.dept) {
      const parts = await this.#fallbackParts(parsed, options.synonyms ?? false);
      if (parts.length) {
        const outcome = await this.search(parts.join(' '), filters, { ...options, fallback: false });
        return { ...outcome, fallback: parts };
      }
    }

    const heads = await this.#matches(terms, 'heads', facetFilters);
    const inTitle = (m: Match) => m.starts.every((s) => s < TITLE_SLOTS);
    const flags = body.matches.length ? await this.#flags(body.pivot, facetFilters, body.flagCounts, readerLang) : undefined;
    const headKeys = flags ? this.#keys(heads.matches, flags, (m) => (inTitle(m) ? MATCH.title : MATCH.headings)) : [];
    const bodyKeys = flags ? this.#keys(body.matches, flags, () => MATCH.body) : [];
    const queries = terms.length === 1 ? terms[0]!.variants.map((v) => v.join('')) : [terms.map((t) => t.variants[0]!.join('')).join('')];
    // Title hits: their meta tells an exact title from a title that merely contains the query.
    const titleHits = headKeys
      .filter(({ m, key }) => key.match === MATCH.title && m.starts[0] === 0)
      .sort((a, b) => compareRank(a.key, b.key))
      .slice(0, TITLE_META_LIMIT);
    const metas = new Map<string, RecordMeta>();
    await Promise.all(
      titleHits.map(async ({ m, key }) => {
        const meta = (await m.result.data()).meta as unknown as RecordMeta;
        metas.set(m.result.id, meta);
        key.titleLength = [...meta.title].length;
        if (isExactTitle(meta.title, queries, this.#fold)) key.match = MATCH.exactTitle;
      }),
    );
    const ranked: RankedResult[] = [
      ...headKeys.map(({ m, key }) => ({ result: m.result, rank: key.match === MATCH.headings ? ('headings' as const) : ('title' as const), key, start: m.starts[0]!, ...(metas.has(m.result.id) ? { meta: metas.get(m.result.id)! } : {}) })),
      ...bodyKeys.map(({ m, key }) => ({ result: m.result, rank: 'body' as const, key, start: m.starts[0]! })),
    ].sort((a, b) => compareRank(a.key, b.key));

    const tokens = terms.flatMap((t) => t.variants);
    const seen = new Set<string>();
    let cursor = 0;
    return {
      terms: parsed,
      total: body.matches.length,
      facets: () => this.#facets(terms, filters),
      pages: async () => Promise.all(body.matches.map(async (m) => (await this.#bodyPage(m.result.id))[0])),
      next: async (count: number) => {
        const hits: SearchHit[] = [];
        while (hits.length < count && cursor < ranked.length) {
          // A batch at a time; a page met again (title, then body) is skipped.
          const batch = ranked.slice(cursor, cursor + (count - hits.length));
          cursor += batch.length;
          const pages = await Promise.all(batch.map((item) => this.#pageOf(item)));
          const fresh = batch.filter((_, i) => !seen.has(pages[i]!) && seen.add(pages[i]!));
          hits.push(...(await Promise.all(fresh.map((item) => this.#toHit(item, tokens)))));
        }
        return hits;
      },
    };
  }

  /**
   * Counts per facet value: the matches without facet filters, each given
   * its type and department by one search of the pivot term per value that
   * occurs among its hits.
   */
  async #facets(terms: Term[], filters: SearchFilters): Promise<Facets> {
    const all = await this.allFacets();
    const { matches, pivot } = await this.#matches(terms, 'body', {});
    const ids = new Set(matches.map((m) => m.result.id));
    const attribute = async (key: 'type' | 'dept') => {
      const of = new Map<string, string>();
      for (const value of Object.keys(all[key])) {
        for (const id of await this.#idsWith(pivot, 'body', {}, key, value)) if (ids.has(id)) of.set(id, value);
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
  async #fallbackParts(parsed: SearchTerm[], synonyms: boolean): Promise<string[]> {
    const matchesAll = async (words: string[]) =>
      (await this.#matches(this.#terms(words.map((w) => ({ tokens: [...w], phrase: phraseOf([...w]) })), synonyms), 'body', {})).matches.length > 0;
    const parts: string[] = [];
    for (const term of parsed) {
      const word = term.tokens.join('');
      if (await matchesAll([word])) parts.push(word);
      else parts.push(...(await longestParts(word, (part) => matchesAll([part]))));
    }
    return combineParts([...new Set(parts)], matchesAll);
  }
}
