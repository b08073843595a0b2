/**
 * Builds the Traditional→Simplified character table from OpenCC's
 * character dictionaries (Hong Kong and Taiwan variants first, then the
 * standard table). Server-side only: the dictionaries are large; the
 * browser receives just the entries a site needs (`tableForCorpus`).
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import type { FoldTable } from './fold.ts';

function parse(dict: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    // Single characters only: phrase entries would make folding depend on context.
    if (from && to && [...from].length === 1 && [...to].length === 1) map.set(from, to);
  }
  return map;
}

let cached: FoldTable | undefined;

/** The full character table, built once. */
export function fullFoldTable(): FoldTable {
  if (cached) return cached;
  const ts = parse(TSCharacters);
  const variants = [parse(HKVariantsRev), parse(TWVariantsRev)];
  const table: Record<string, string> = {};
  for (const [from, to] of ts) table[from] = to;
  for (const variant of variants) {
    for (const [from, to] of variant) table[from] = ts.get(to) ?? to;
  }
  cached = table;
  return table;
}

/**
 * The entries whose Simplified target occurs in `corpusChars` (folded
 * characters of the whole index). A query character outside this table
 * cannot match anything anyway, so the browser needs nothing more.
 */
export function tableForCorpus(corpusChars: ReadonlySet<string>): FoldTable {
  const full = fullFoldTable();
  const subset: Record<string, string> = {};
  for (const [from, to] of Object.entries(full)) if (corpusChars.has(to) && from !== to) subset[from] = to;
  return subset;
}
