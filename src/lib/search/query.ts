/**
 * Turns what a reader typed into search terms: whitespace separates terms
 * (all must occur), punctuation is ignored, and each term is folded into
 * characters and then into the index's tokens (see `record-text.ts`): the
 * quoted phrase of its n-grams, or — when shorter than an n-gram — the term
 * alone, which Pagefind matches as a prefix of every token starting with it.
 */
import { foldChar, isIndexable, type FoldTable } from './fold.ts';
import { NGRAM, ngrams } from './record-text.ts';

export interface SearchTerm {
  /** Folded characters, one per letter or digit (what excerpts mark). */
  tokens: string[];
  /** Pagefind query: the term's n-grams as a quoted phrase, or a short term as a prefix. */
  phrase: string;
}

/** The search term of folded characters `tokens` (non-empty): its n-gram phrase, or a prefix when shorter than an n-gram. */
export function termOf(tokens: readonly string[]): SearchTerm {
  const key = tokens.join('');
  const phrase = tokens.length < NGRAM ? key : `"${ngrams([...tokens]).slice(0, tokens.length - NGRAM + 1).join(' ')}"`;
  return { tokens: [...tokens], phrase };
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
