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
  // Comparing every pair is quadratic in the number of documents (minutes for a
  // 20 MB file). Prefix filtering finds the same pairs from an index: if at least
  // `need` of the smaller set's shingles are in the larger, then at least one of
  // its first |small| - need + 1 shingles (in any fixed order) is; taking the
  // rarest first keeps the candidate lists short.
  const postings = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const shingle of set) {
      const list = postings.get(shingle);
      if (list) list.push(i);
      else postings.set(shingle, [i]);
    }
  });
  // Order of pairs as the all-pairs loop saw them: the smaller set (ties: the earlier item) is contained in the larger.
  const isSmaller = (a: number, b: number) => sets[a]!.size < sets[b]!.size || (sets[a]!.size === sets[b]!.size && a < b);
  for (let i = 0; i < items.length; i += 1) {
    const small = sets[i]!;
    // Tiny documents share shingles by chance; a copy must have some substance.
    if (small.size < 20) continue;
    const need = Math.ceil(small.size * DUPLICATE_THRESHOLD - 1e-9);
    const prefix = [...small]
      .map((shingle) => ({ shingle, count: postings.get(shingle)!.length }))
      .sort((a, b) => a.count - b.count || (a.shingle < b.shingle ? -1 : a.shingle > b.shingle ? 1 : 0))
      .slice(0, small.size - need + 1)
      .map((entry) => entry.shingle);
    const candidates = new Set<number>();
    for (const shingle of prefix) for (const j of postings.get(shingle)!) if (j !== i && isSmaller(i, j)) candidates.add(j);
    for (const j of candidates) {
      const large = sets[j]!;
      if (small.size < large.size * 0.3 || find(i) === find(j)) continue;
      let shared = 0;
      for (const shingle of small) if (large.has(shingle)) shared += 1;
      if (shared / small.size >= DUPLICATE_THRESHOLD) group[find(Math.max(i, j))] = find(Math.min(i, j));
    }
  }
  const byRoot = new Map<number, number[]>();
  items.forEach((_, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), i]));
  return [...byRoot.values()].map((members) => {
    const best = members.reduce((a, b) => (score(items[b]!) > score(items[a]!) ? b : a));
    return { keep: items[best]!, copies: members.filter((i) => i !== best).map((i) => items[i]!) };
  });
}
