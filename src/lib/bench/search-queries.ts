/**
 * Benchmark queries derived from a corpus, and their ground truth: the pages
 * whose searchable text contains every term (after folding script, width and
 * case, and ignoring whitespace and punctuation).
 */
import type { FoldTable } from '../search/fold.ts';
import { parseQuery, searchableForm } from '../search/query.ts';
import { toSimplified, toTraditional } from '../text/script.ts';
import type { Random } from './random.ts';

export interface CorpusPage {
  url: string;
  /** Searchable text as written on the page. */
  text: string;
  lang: string;
}

export interface BenchQuery {
  className: string;
  query: string;
  /** URLs of the pages that contain the query. */
  truth: string[];
}

const HAN = /\p{Script=Han}/u;

/** A random run of `length` Han characters from a random page, or undefined after many misses. */
function hanSubstring(pages: readonly CorpusPage[], length: number, random: Random, filter: (p: CorpusPage) => boolean = () => true): string | undefined {
  const candidates = pages.filter(filter);
  for (let attempt = 0; attempt < 200; attempt++) {
    const chars = [...random.pick(candidates).text];
    if (chars.length < length) continue;
    const start = random.int(0, chars.length - length);
    const run = chars.slice(start, start + length);
    if (run.every((c) => HAN.test(c))) return run.join('');
  }
  return undefined;
}

/** The most widespread Han n-grams (by number of pages), most common first. */
function frequentWords(pages: readonly CorpusPage[], lengths: readonly number[], limit: number): string[] {
  const pageCount = new Map<string, number>();
  for (const page of pages) {
    if (page.lang !== 'zh-CN') continue;
    const seen = new Set<string>();
    const chars = [...page.text];
    for (const n of lengths) {
      for (let i = 0; i + n <= chars.length; i++) {
        const gram = chars.slice(i, i + n);
        if (gram.every((c) => HAN.test(c))) seen.add(gram.join(''));
      }
    }
    for (const gram of seen) pageCount.set(gram, (pageCount.get(gram) ?? 0) + 1);
  }
  return [...pageCount].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([gram]) => gram);
}

/** Derives queries of each class from the corpus. */
export function deriveQueries(pages: readonly CorpusPage[], random: Random, perClass = 60): Omit<BenchQuery, 'truth'>[] {
  const queries: Omit<BenchQuery, 'truth'>[] = [];
  const add = (className: string, query: string | undefined) => query && queries.push({ className, query });
  for (const length of [2, 3, 4]) for (let i = 0; i < perClass; i++) add(`substring-${length}`, hanSubstring(pages, length, random));
  for (const word of random.sample(frequentWords(pages, [2, 3, 4], 300), perClass)) add('frequent-word', word);
  for (let i = 0; i < perClass * 3 && queries.filter((q) => q.className === 'cross-script').length < perClass; i++) {
    const fromTraditional = i % 2 === 1;
    const original = hanSubstring(pages, random.int(2, 4), random, (p) => (p.lang === 'zh-CN') !== fromTraditional);
    if (!original) continue;
    const converted = fromTraditional ? toSimplified(original) : toTraditional(original);
    if (converted !== original) add('cross-script', converted);
  }
  const latinPages = pages.filter((p) => /[A-Za-z]{2,}|\d{2,}/.test(p.text));
  for (let i = 0; i < perClass && latinPages.length; i++) {
    const page = random.pick(latinPages);
    const latin = random.pick(page.text.match(/[A-Za-z]{2,}|\d{2,}/g)!);
    add('mixed-latin', `${latin} ${hanSubstring([page], random.int(2, 3), random) ?? ''}`.trim());
  }
  for (let i = 0; i < Math.ceil(perClass / 2); i++) add('single-char', hanSubstring(pages, 1, random));
  return queries;
}

/**
 * Title queries: the full titles of `count` random pages (distinct titles),
 * each with the pages whose title is, as search sees it, exactly the query
 * — one of them should rank first.
 */
export function titleQueries(pages: readonly (CorpusPage & { title: string })[], random: Random, count: number, table: FoldTable): BenchQuery[] {
  const byTitle = new Map<string, string[]>();
  for (const page of pages) {
    const key = searchableForm(page.title, table);
    if (key) byTitle.set(key, [...(byTitle.get(key) ?? []), page.url]);
  }
  const titles = [...new Set(pages.map((p) => p.title).filter((t) => searchableForm(t, table)))];
  return random.sample(titles, Math.min(count, titles.length)).map((title) => ({
    className: 'title',
    query: title,
    truth: byTitle.get(searchableForm(title, table))!,
  }));
}

/** Pages containing every term of `query`, by substring match over their folded text. */
export function groundTruth(query: string, pages: readonly { url: string; folded: string }[], table: FoldTable): string[] {
  const terms = parseQuery(query, table).map((t) => t.tokens.join(''));
  if (!terms.length) return [];
  return pages.filter((p) => terms.every((t) => p.folded.includes(t))).map((p) => p.url);
}

/** Folded text of every page, computed once for ground truth. */
export function foldCorpus(pages: readonly CorpusPage[], table: FoldTable): { url: string; folded: string }[] {
  return pages.map((p) => ({ url: p.url, folded: searchableForm(p.text, table) }));
}
