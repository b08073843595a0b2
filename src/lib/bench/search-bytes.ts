/** Where the bytes of a first search query go: the files fetched, grouped by kind. */

export interface FetchedFile {
  /** URL path of the file. */
  path: string;
  /** Bytes transferred: compressed body and headers. */
  bytes: number;
}

/**
 * The kind of a search bundle file (`/pagefind/index/und_1.pf_index` →
 * `index`, `/pagefind/pagefind.js` → `pagefind.js`); files outside a bundle
 * (the site's own scripts) are `site`.
 */
export function fileKind(path: string): string {
  const inBundle = /\/pagefind[^/]*\/(.+)$/.exec(path);
  if (!inBundle) return 'site';
  const file = inBundle[1]!;
  const folder = /^([^/]+)\//.exec(file);
  if (folder) return folder[1]!;
  if (file.endsWith('.pf_meta')) return 'pf_meta';
  if (file.startsWith('wasm.')) return 'wasm';
  return file;
}

/** Bytes and file counts per kind, largest first. */
export function bytesByKind(files: readonly FetchedFile[]): { kind: string; files: number; bytes: number }[] {
  const kinds = new Map<string, { kind: string; files: number; bytes: number }>();
  for (const { path, bytes } of files) {
    const kind = fileKind(path);
    const entry = kinds.get(kind) ?? { kind, files: 0, bytes: 0 };
    entry.files++;
    entry.bytes += bytes;
    kinds.set(kind, entry);
  }
  return [...kinds.values()].sort((a, b) => b.bytes - a.bytes);
}
