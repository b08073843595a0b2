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

/** How a caller wants characters folded beyond script and width. */
export interface FoldOptions {
  /** Keep letter case (the importer's patterns spell KPI, V1.0 …); search folds case. */
  keepCase?: boolean;
  /** Keep ① ② … (the importer reads them as list labels); search folds them to digits. */
  keepCircled?: boolean;
}

const CIRCLED = /^[\u2460-\u24ff\u3251-\u325f\u32b1-\u32bf]$/u;

/** NFKC (+ lower case), but only when that keeps one character (so positions stay aligned). */
function normaliseWidthAndCase(char: string, options: FoldOptions): string {
  if (options.keepCircled && CIRCLED.test(char)) return char;
  const nfkc = char.normalize('NFKC');
  const normalised = options.keepCase ? nfkc : nfkc.toLowerCase();
  return [...normalised].length === 1 ? normalised : char;
}

/**
 * Folds one character (a code point): Traditional → Simplified by `table`,
 * then width (and case). The one fold of the project: search uses it as is,
 * the importer (`import/text/fold.ts`) with `keepCase` and `keepCircled`.
 */
export function foldChar(char: string, table: FoldTable, options: FoldOptions = {}): string {
  const simplified = table[char] ?? char;
  return normaliseWidthAndCase(simplified, options);
}
