/**
 * Builds the site's search index with Pagefind's Node API: reads every
 * built page that opted into search, writes one index for the whole site
 * (whatever each page's language), the character-folding table the browser
 * needs for queries, and each page's text as written (for excerpts), in
 * `pagefind/text/`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { decodeCbor } from './cbor.ts';
import { isIndexable } from './fold.ts';
import { fullFoldTable, tableForCorpus } from './fold-table.ts';
import { extractPageText } from './page-text.ts';
import { chunkStartsOfMeta } from './prefix-chunks.ts';
import { rankFlags } from './rank-flags.ts';
import { alignText, textOfTokens } from './record-text.ts';
import { PIECE_LENGTH, PIECE_STEP, pageRecords, pageSummary, shardPath, textPiecePath, type RecordMeta, type ShardEntry } from './records.ts';

export interface IndexSummary {
  pages: number;
  records: number;
  seconds: number;
  outputDir: string;
}

/** Every index.html / *.html below `dir`. */
function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

/** URL of a built file: `roles/x/index.html` under base `/hb/` → `/hb/roles/x/`. */
export function urlOfFile(file: string, base: string): string {
  const path = file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
  return `${base.replace(/\/?$/, '/')}${path}`;
}

/**
 * Indexes the built site in `siteDir` (served under `base`) into
 * `siteDir/pagefind/`. `onProgress` is called every few hundred pages.
 */
export async function buildSearchIndex(
  siteDir: string,
  base = '/',
  onProgress: (done: number, total: number) => void = () => {},
): Promise<IndexSummary> {
  const started = performance.now();
  const table = fullFoldTable();
  const { index, errors } = await pagefind.createIndex({ writePlayground: false });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const files = htmlFiles(siteDir);
  const corpusChars = new Set<string>();
  let pages = 0;
  let records = 0;
  // Pages are read one by one, but their records go to Pagefind's service in
  // batches: each call is a round trip to the indexer process.
  const texts: { url: string; text: string }[] = [];
  /** Per page: its opening words and headings, for the shards. */
  const shown = new Map<string, [summary: string, headings: string]>();
  let pending: Promise<void>[] = [];
  const flush = async () => {
    await Promise.all(pending);
    pending = [];
  };
  for (const [i, file] of files.entries()) {
    const page = extractPageText(readFileSync(join(siteDir, file), 'utf8'));
    if (page) {
      pages++;
      const url = urlOfFile(file, base);
      texts.push({ url, text: page.text });
      shown.set(url, [pageSummary(page), page.headings.join('\n')]);
      for (const record of pageRecords(url, page, table, rankFlags(page))) {
        records++;
        // Tokens are n-grams: every character of them is in the corpus (the fold table needs them all).
        for (const token of record.content.split(' ')) for (const char of token) if (isIndexable(char)) corpusChars.add(char);
        pending.push(
          index.addCustomRecord(record).then((response) => {
            if (response.errors.length) throw new Error(`Pagefind rejected ${record.url}: ${response.errors.join('; ')}`);
          }),
        );
      }
      if (pending.length >= 96) await flush();
    }
    if ((i + 1) % 500 === 0) onProgress(i + 1, files.length);
  }
  await flush();
  const outputDir = join(siteDir, 'pagefind');
  // Pagefind writes its index in its own process; meanwhile this one writes the texts for excerpts.
  const writing = index.writeFiles({ outputPath: outputDir });
  writing.catch(() => {}); // awaited below
  const write = (path: string, data: string) => {
    mkdirSync(dirname(join(outputDir, path)), { recursive: true });
    writeFileSync(join(outputDir, path), data);
  };
  // Excerpts: each page's text as written, in overlapping pieces of tokens.
  for (const { url, text } of texts) {
    const aligned = alignText(text, table);
    for (let piece = 0; piece === 0 || piece * PIECE_STEP < aligned.tokens.length; piece++) {
      write(textPiecePath(url, base, piece), textOfTokens(aligned, piece * PIECE_STEP, piece * PIECE_STEP + PIECE_LENGTH));
    }
  }
  const written = await writing;
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  writeFileSync(join(outputDir, 'fold.json'), JSON.stringify(tableForCorpus(corpusChars)));
  // The first word of every index chunk, so a prefix search can load all the chunks its words span (prefix-chunks.ts).
  const metaFile = readdirSync(outputDir).find((f) => f.endsWith('.pf_meta'));
  if (!metaFile) throw new Error('Pagefind wrote no index metadata (.pf_meta)');
  const meta = gunzipSync(readFileSync(join(outputDir, metaFile)));
  writeFileSync(join(outputDir, 'chunks.json'), JSON.stringify(chunkStartsOfMeta(decodeCbor(meta, 'pagefind_dcd'.length))));
  // Result id → page, in small shards, so showing a hit needs no Pagefind fragment (which holds the whole content).
  const shards = new Map<string, Record<string, ShardEntry>>();
  for (const file of readdirSync(join(outputDir, 'fragment'))) {
    const fragment = JSON.parse(gunzipSync(readFileSync(join(outputDir, 'fragment', file))).subarray('pagefind_dcd'.length).toString('utf8'));
    const meta = fragment.meta as RecordMeta;
    const id = file.replace(/\.pf_fragment$/, '');
    const shard = shardPath(id);
    const [summary, headings] = shown.get(meta.page) ?? ['', ''];
    shards.set(shard, { ...shards.get(shard), [id]: [meta.page, meta.title, meta.type, meta.dept, meta.lang, summary, headings] });
  }
  for (const [path, entries] of shards) write(path, JSON.stringify(entries));
  // Pagefind's own UI bundles are not used: the site has its own search UI.
  for (const file of readdirSync(outputDir)) if (/^pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind-highlight\.js$/.test(file)) rmSync(join(outputDir, file));
  await index.deleteIndex();
  return { pages, records, seconds: (performance.now() - started) / 1000, outputDir: relative(process.cwd(), outputDir) || outputDir };
}

/** Stops Pagefind's background service (call once indexing is over). */
export function closeSearchIndexer(): Promise<unknown> {
  return pagefind.close();
}
