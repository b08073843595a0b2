/**
 * Script- and width-independent forms of text, for matching patterns and for
 * comparing documents. The importer never *writes* folded text: each document
 * keeps its own script.
 */
import { fullFoldTable } from '../../search/fold-table.ts';
import { foldChar, type FoldOptions, type FoldTable } from '../../search/fold.ts';

let table: FoldTable | undefined;

/**
 * Traditional → Simplified character by character (OpenCC's character table),
 * then NFKC where it keeps one character, so full-width `(:1` become `(:1`.
 * The same character fold as search (`foldChar`), keeping case and ① ②
 * (list labels of their own). The result has the same length as the input:
 * an index found in the folded text is an index into the original.
 */
export function foldText(text: string): string {
  const known = foldedTexts.get(text);
  if (known !== undefined) return known;
  table ??= fullFoldTable();
  let out = '';
  for (const char of text) {
    let folded = foldedChars.get(char);
    if (folded === undefined) {
      folded = foldChar(char, table, FOLD_OPTIONS);
      foldedChars.set(char, folded);
    }
    out += folded;
  }
  // Each stage folds the same lines again (split, structure, extract): remember the recent ones.
  if (foldedTexts.size >= FOLDED_TEXTS_KEPT) foldedTexts.clear();
  foldedTexts.set(text, out);
  return out;
}

const FOLD_OPTIONS: FoldOptions = { keepCase: true, keepCircled: true };

const FOLDED_TEXTS_KEPT = 20_000;
const foldedTexts = new Map<string, string>();

/** Fold of each character seen so far: every stage folds every line, so the per-character work is done once. */
const foldedChars = new Map<string, string>();

/** Folded text with whitespace and punctuation removed: what two copies of a document share. */
export function contentKey(text: string): string {
  return foldText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
