/**
 * What to search when a query finds nothing: its longest parts that do
 * occur in the handbook ("顾客退货怎么办" → "顾客" "退货"). No stop-word list:
 * a part qualifies by having hits, found by scanning the query left to right
 * and taking at each point the longest run that occurs somewhere.
 */

/** Shortest part worth searching: single characters match nearly every page. */
export const MIN_PART = 2;

/**
 * The longest parts of `term` (folded, no spaces) that have hits: at each
 * position the longest run starting there that occurs somewhere, keeping
 * only runs not inside another kept run (they may overlap: "顾客退" and
 * "退货" both stay when no page has "顾客退货"). `hasHits` answers for one
 * candidate. Parts of fewer than MIN_PART characters are skipped.
 */
export async function longestParts(term: string, hasHits: (part: string) => Promise<boolean>): Promise<string[]> {
  const chars = [...term];
  const spans: [from: number, to: number][] = [];
  for (let i = 0; i + MIN_PART <= chars.length; i++) {
    // A run ending at or before the last kept run's end adds nothing.
    const floor = Math.max(MIN_PART, (spans.at(-1)?.[1] ?? 0) - i + 1);
    for (let length = chars.length - i; length >= floor; length--) {
      if (i === 0 && length === chars.length) continue; // the whole term is known to have no hits
      if (await hasHits(chars.slice(i, i + length).join(''))) {
        spans.push([i, i + length]);
        break;
      }
    }
  }
  // A bridge between two kept parts ("监述" between "运营总监" and "述职报告") adds no character of the
  // query they lack; searching it would only favour pages where the words happen to touch.
  const covered = (span: [number, number], others: [number, number][]) =>
    chars.slice(span[0], span[1]).every((_, k) => others.some(([from, to]) => from <= span[0] + k && span[0] + k < to));
  const kept = spans.filter((span) => !covered(span, spans.filter((other) => other !== span && other[1] - other[0] > span[1] - span[0])));
  return kept.map(([from, to]) => chars.slice(from, to).join(''));
}

/**
 * Which parts to search together: all of them if some page holds them all
 * (`hasAll`), else the largest combination that does, longer parts first;
 * at last the longest single part. Parts are tried in at most 2^n
 * combinations, so a query is cut to its 6 longest parts.
 */
export async function combineParts(parts: readonly string[], hasAll: (parts: string[]) => Promise<boolean>): Promise<string[]> {
  const pool = [...parts].sort((a, b) => b.length - a.length).slice(0, 6);
  const combos: string[][] = [];
  for (let mask = 1; mask < 1 << pool.length; mask++) combos.push(pool.filter((_, i) => mask & (1 << i)));
  const weight = (combo: string[]) => combo.reduce((sum, part) => sum + part.length, 0);
  // More parts first, then more characters, then parts earlier in the pool (longer, then earlier in the query).
  const rank = (combo: string[]) => combo.map((part) => String(pool.indexOf(part)).padStart(2, '0')).join('');
  combos.sort((a, b) => b.length - a.length || weight(b) - weight(a) || rank(a).localeCompare(rank(b)));
  for (const combo of combos) {
    if (combo.length === 1) return combo; // single parts were each found on their own
    if (await hasAll(combo)) return parts.filter((part) => combo.includes(part));
  }
  return [];
}
