/**
 * Turns what a reader typed into search terms: whitespace separates terms
 * (all must occur), punctuation is ignored, and each term is folded into
 * characters and then into the index's tokens (see `record-text.ts`): the
 * phrase of its n-grams (each at the next position), or — when shorter than
 * an n-gram — the term alone, matching every token it starts.
 */
import { foldChar, isIndexable, type FoldTable } from './fold.ts';
import { NGRAM, ngrams } from './record-text.ts';

export interface SearchTerm {
  /** Folded characters, one per letter or digit (what excerpts mark). */
  tokens: string[];
  /** Index words: the term's n-grams, at consecutive positions; or the term alone, as a prefix. */
  words: string[];
  /** True when the term is shorter than an n-gram: `words[0]` matches every index word starting with it. */
  prefix: boolean;
}

/** The search term of folded characters `tokens` (non-empty): its n-gram phrase, or a prefix when shorter than an n-gram. */
export function termOf(tokens: readonly string[]): SearchTerm {
  const prefix = tokens.length < NGRAM;
  const words = prefix ? [tokens.join('')] : ngrams([...tokens]).slice(0, tokens.length - NGRAM + 1);
  return { tokens: [...tokens], words, prefix };
}

/** Terms of a query; empty when it holds no letter or digit. Repeated terms are dropped. */
export function parseQuery(query: string, table: FoldTable): SearchTerm[] {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const part of query.split(/\s+/)) {
    const tokens = [...part].filter(isIndexable).map((char) => foldChar(char, table));
    const key = tokens.join('');
    if (!tokens.length || seen.has(key)) continue;
    seen.add(key);
    terms.push(termOf(tokens));
  }
  // A term contained in another adds nothing: "考核 考核办法" is "考核办法".
  return terms.filter((term) => !terms.some((other) => other !== term && other.tokens.join('').includes(term.tokens.join(''))));
}

/**
 * The folded, punctuation-free form of a text, as matching sees it (for
 * ground truth and tests): its runs, each on its own line — a term matches
 * where it is a substring of one line.
 */
export function searchableForm(text: string, table: FoldTable): string {
  let out = '';
  for (const char of text) {
    if (isIndexable(char)) out += foldChar(char, table);
    else if (char === '\n' && out && !out.endsWith('\n')) out += '\n';
  }
  return out.replace(/\n$/, '');
}
