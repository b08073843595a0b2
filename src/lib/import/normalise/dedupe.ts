/**
 * Stage 6b: finds copies of the same document, within a file or across files,
 * whatever their script, line wrapping or damage. Texts are folded to one
 * script with punctuation and whitespace removed, cut into overlapping
 * four-character shingles, and compared by containment: a copy that lost its
 * tail or gained page chrome still shares most shingles with the original.
 */
import { createHash } from 'node:crypto';
import { contentKey } from '../text/fold.ts';

const SHINGLE = 4;
/** Share of the shorter text's shingles found in the longer one above which two documents are copies. */
export const DUPLICATE_THRESHOLD = 0.8;

/** Stable short hash of a document's content, independent of script and layout. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(contentKey(text)).digest('hex').slice(0, 16);
}

function shingles(text: string): Set<string> {
  const key = contentKey(text);
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= key.length; i += 1) set.add(key.slice(i, i + SHINGLE));
  return set;
}

/** Containment of the smaller shingle set in the larger (0–1). */
export function similarity(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / small.size;
}

/**
 * Groups items that are copies of each other. `score` decides which copy is
 * kept (highest wins; ties keep the first). Returns, per kept item, the items
 * it replaces.
 */
export function groupDuplicates<T>(items: T[], textOf: (item: T) => string, score: (item: T) => number): Array<{ keep: T; copies: T[] }> {
  const sets = items.map((item) => shingles(textOf(item)));
  const group = items.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (let i = 0; i < items.length; i += 1) {
    for (let j = i + 1; j < items.length; j += 1) {
      const [small, large] = sets[i]!.size <= sets[j]!.size ? [sets[i]!, sets[j]!] : [sets[j]!, sets[i]!];
      // Tiny documents share shingles by chance; a copy must have some substance.
      if (small.size < 20 || small.size < large.size * 0.3) continue;
      let shared = 0;
      for (const shingle of small) if (large.has(shingle)) shared += 1;
      if (shared / small.size >= DUPLICATE_THRESHOLD) group[find(j)] = find(i);
    }
  }
  const byRoot = new Map<number, number[]>();
  items.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
  return [...byRoot.values()].map((members) => {
    const best = members.reduce((a, b) => (score(items[b]!) > score(items[a]!) ? b : a));
    return { keep: items[best]!, copies: members.filter((i) => i !== best).map((i) => items[i]!) };
  });
}
