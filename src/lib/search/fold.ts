/**
 * Character folding for search: every indexable character maps to exactly
 * one character, so positions in the folded text are positions in the
 * original text. Folding is Traditional→Simplified (a character table, not
 * phrase rules, which would break substring matching), NFKC (full-width
 * letters and digits) and lower case.
 *
 * Pure and browser-safe: the table is passed in (built at build time by
 * `fold-table.ts`, shipped to the browser as JSON).
 */

/** Traditional (or variant) character → Simplified character. */
export type FoldTable = Readonly<Record<string, string>>;

const INDEXABLE = /^[\p{L}\p{N}]$/u;

/** True for letters and numbers of any script; everything else is ignored by search. */
export function isIndexable(char: string): boolean {
  return INDEXABLE.test(char);
}

/** NFKC + lower case, but only when that keeps one character (so positions stay aligned). */
function normaliseWidthAndCase(char: string): string {
  const normalised = char.normalize('NFKC').toLowerCase();
  return [...normalised].length === 1 ? normalised : char;
}

/** Folds one character (a code point) to its search form. */
export function foldChar(char: string, table: FoldTable): string {
  const simplified = table[char] ?? char;
  return normaliseWidthAndCase(simplified);
}
