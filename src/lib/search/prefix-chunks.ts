/**
 * Which index chunks a word or a prefix needs. Chunks hold sorted word
 * ranges; the page table lists the first word of every chunk
 * (`page-table.ts`). A word lies in the last chunk starting at or before it;
 * a prefix ("完成", matching every token "完成…") may run on over several.
 *
 * Words are compared by code point, like Pagefind (UTF-8 byte order).
 */

/** Code-point order of two strings (UTF-16 order differs above U+D800). */
export function compareWords(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/**
 * Indexes of the chunks (in sorted `starts`) whose range may hold a word
 * starting with `prefix`: chunk i covers [starts[i], starts[i + 1]).
 */
export function chunksForPrefix(starts: readonly string[], prefix: string): number[] {
  return starts.flatMap((start, i) => {
    const next = starts[i + 1];
    const endsAfterPrefix = next === undefined || compareWords(next, prefix) > 0;
    const startsWithinPrefix = compareWords(start, prefix) <= 0 || start.startsWith(prefix);
    return endsAfterPrefix && startsWithinPrefix ? [i] : [];
  });
}

/** Index of the chunk (in sorted `starts`) whose range may hold `word`; -1 when it sorts before every chunk. */
export function chunkFor(starts: readonly string[], word: string): number {
  let found = -1;
  for (let i = 0; i < starts.length && compareWords(starts[i]!, word) <= 0; i++) found = i;
  return found;
}
