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
  table ??= fullFoldTable();
  let out = '';
  for (const char of text) out += foldChar(char, table, FOLD_OPTIONS);
  return out;
}

const FOLD_OPTIONS: FoldOptions = { keepCase: true, keepCircled: true };

/** Folded text with whitespace and punctuation removed: what two copies of a document share. */
export function contentKey(text: string): string {
  return foldText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
