/**
 * Turns what a reader typed into search terms: whitespace separates terms
 * (all must occur), punctuation is ignored, and each term is folded into the
 * index's tokens and quoted as an exact phrase.
 */
import { foldChar, isIndexable, type FoldTable } from './fold.ts';

export interface SearchTerm {
  /** Folded tokens, one per letter or digit. */
  tokens: string[];
  /** Pagefind query: the tokens as a quoted phrase. */
  phrase: string;
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
    terms.push({ tokens, phrase: `"${tokens.join(' ')}"` });
  }
  // A term contained in another adds nothing: "考核 考核办法" is "考核办法".
  return terms.filter((term) => !terms.some((other) => other !== term && other.tokens.join('').includes(term.tokens.join(''))));
}

/** The folded, punctuation-free form of a text, as matching sees it (for ground truth and tests). */
export function searchableForm(text: string, table: FoldTable): string {
  let out = '';
  for (const char of text) if (isIndexable(char)) out += foldChar(char, table);
  return out;
}
