/**
 * Builds the site's search index with Pagefind's Node API: reads every
 * built page that opted into search and has Pagefind index one record per
 * page (whatever its language) into word index chunks. Beside them it writes
 * what the browser needs instead of Pagefind's runtime (see `engine.ts`):
 * the page table with the chunk list (`search.json`, `page-table.ts`), the
 * character-folding table for queries (`fold.json`), and each page's text
 * as written, in pieces, and its headings, for excerpts (`text/`). Pagefind's
 * own runtime, fragments and filters are not published: nothing reads them.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { decodeCbor } from './cbor.ts';
import { isIndexable } from './fold.ts';
import { fullFoldTable, tableForCorpus } from './fold-table.ts';
import { SIGNATURE } from './index-chunk.ts';
import { extractPageText } from './page-text.ts';
import { encodePageTable, type ChunkStart, type SearchPage } from './page-table.ts';
import { rankFlags } from './rank-flags.ts';
import { alignText, textOfTokens } from './record-text.ts';
import { headingsPath, PIECE_LENGTH, PIECE_STEP, pageRecords, textPiecePath, type RecordMeta } from './records.ts';

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
  const texts: { url: string; text: string; headings: string[] }[] = [];
  /** Per page URL: what the page table says of it. */
  const shown = new Map<string, SearchPage>();
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
      texts.push({ url, text: page.text, headings: page.headings });
      shown.set(url, { url, title: page.title, type: page.type, dept: page.department, lang: page.lang, ...rankFlags(page) });
      for (const record of pageRecords(url, page, table)) {
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
  // Excerpts: each page's text as written, in overlapping pieces of tokens, and its headings.
  for (const { url, text, headings } of texts) {
    const aligned = alignText(text, table);
    for (let piece = 0; piece === 0 || piece * PIECE_STEP < aligned.tokens.length; piece++) {
      write(textPiecePath(url, base, piece), textOfTokens(aligned, piece * PIECE_STEP, piece * PIECE_STEP + PIECE_LENGTH));
    }
    if (headings.length) write(headingsPath(url, base), headings.join('\n'));
  }
  const written = await writing;
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  writeFileSync(join(outputDir, 'fold.json'), JSON.stringify(tableForCorpus(corpusChars)));
  writeFileSync(join(outputDir, 'search.json'), JSON.stringify(pageTable(outputDir, shown)));
  // Pagefind's runtime (script, WebAssembly, metadata), fragments and filters: the browser reads the index chunks itself.
  for (const file of readdirSync(outputDir)) {
    if (/^pagefind[.-]|^wasm\.|^fragment$|^filter$/.test(file)) rmSync(join(outputDir, file), { recursive: true });
  }
  await index.deleteIndex();
  return { pages, records, seconds: (performance.now() - started) / 1000, outputDir: relative(process.cwd(), outputDir) || outputDir };
}

/**
 * The page table: every page Pagefind numbered, in its order (its metadata
 * lists page hashes; each page's fragment names the page), and the chunks.
 */
function pageTable(outputDir: string, shown: ReadonlyMap<string, SearchPage>) {
  const metaFile = readdirSync(outputDir).find((f) => f.endsWith('.pf_meta'));
  if (!metaFile) throw new Error('Pagefind wrote no index metadata (.pf_meta)');
  const meta = decodeCbor(gunzipSync(readFileSync(join(outputDir, metaFile))), SIGNATURE.length) as unknown[];
  const [, pageList, chunkList] = meta;
  if (!Array.isArray(pageList) || !Array.isArray(chunkList)) throw new Error('Pagefind index metadata: no page or chunk list where expected (Pagefind version changed?)');
  const pages = pageList.map((entry: unknown) => {
    const hash = (entry as string[])[0]!;
    const fragment = JSON.parse(gunzipSync(readFileSync(join(outputDir, 'fragment', `${hash}.pf_fragment`))).subarray(SIGNATURE.length).toString('utf8'));
    const page = shown.get((fragment.meta as RecordMeta).page);
    if (!page) throw new Error(`search index: Pagefind page ${hash} is not a page this build indexed`);
    return page;
  });
  const chunks = chunkList.map((chunk: unknown) => {
    const [first, , file] = chunk as string[];
    if (typeof first !== 'string' || typeof file !== 'string') throw new Error('Pagefind index metadata: unexpected chunk entry (Pagefind version changed?)');
    return [first, file] satisfies ChunkStart;
  });
  return encodePageTable(pages, chunks);
}

/** Stops Pagefind's background service (call once indexing is over). */
export function closeSearchIndexer(): Promise<unknown> {
  return pagefind.close();
}
