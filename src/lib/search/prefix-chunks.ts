/**
 * Which index chunks a prefix search needs. Pagefind loads one index chunk
 * per query word — the one whose word range holds the word itself — so a
 * prefix ("完成", matching every token "完成…") whose tokens run on into the
 * next chunks would miss the pages found only there. The build writes the
 * first word of every chunk (`chunks.json`); the browser preloads every chunk
 * the prefix's range overlaps before searching.
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
 * First words of the chunks (sorted, as written to `chunks.json`) whose range
 * may hold a word starting with `prefix`: chunk i covers [starts[i], starts[i + 1]).
 */
export function chunkStartsForPrefix(starts: readonly string[], prefix: string): string[] {
  return starts.filter((start, i) => {
    const next = starts[i + 1];
    const endsAfterPrefix = next === undefined || compareWords(next, prefix) > 0;
    const startsWithinPrefix = compareWords(start, prefix) <= 0 || start.startsWith(prefix);
    return endsAfterPrefix && startsWithinPrefix;
  });
}

/** The first word of every index chunk, from Pagefind's decoded metadata ([version, pages, chunks [from, to, hash], …]). */
export function chunkStartsOfMeta(meta: unknown): string[] {
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || !chunks.every((c) => Array.isArray(c) && typeof c[0] === 'string')) {
    throw new Error('Pagefind index metadata: no chunk list where expected (Pagefind version changed?)');
  }
  return chunks.map((c: string[]) => c[0]!);
}
