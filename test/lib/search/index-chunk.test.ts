/**
 * Reads back an index Pagefind really wrote: guards the reader against a
 * Pagefind upgrade that changes its (unversioned) chunk format.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCbor } from '../../../src/lib/search/cbor.ts';
import { gunzip, readIndexChunk, SIGNATURE, type IndexChunk } from '../../../src/lib/search/index-chunk.ts';
import { FILLER } from '../../../src/lib/search/records.ts';

const records = [
  { url: '/a/', content: `运营经 营经理 经理 理 ${FILLER} ${FILLER} 运营经 营经理` },
  { url: '/b/', content: '值班表 班表 表 运营经 营经理 经理 理' },
  { url: '/c/', content: 'kpi pi i 2026 026 26 6' },
];
let dir: string;
let chunks: IndexChunk[];
let pageUrls: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'index-chunk-'));
  const { index } = await pagefind.createIndex({ writePlayground: false });
  for (const record of records) await index!.addCustomRecord({ ...record, language: 'und', meta: { page: record.url } });
  await index!.writeFiles({ outputPath: dir });
  await pagefind.close();
  const metaFile = readdirSync(dir).find((f) => f.endsWith('.pf_meta'))!;
  const meta = decodeCbor(gunzipSync(readFileSync(join(dir, metaFile))), SIGNATURE.length) as [string, [string][]];
  // Page numbers in chunks are rows of the metadata's page list; each page's fragment names it.
  pageUrls = meta[1].map(([hash]) => JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', `${hash}.pf_fragment`))).subarray(SIGNATURE.length).toString()).meta.page);
  chunks = await Promise.all(
    readdirSync(join(dir, 'index')).map(async (file) => {
      const bytes = readFileSync(join(dir, 'index', file));
      return readIndexChunk(await gunzip(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)));
    }),
  );
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pages (by URL) and positions of `word` in the written index. */
function lookup(word: string): Record<string, number[]> {
  const chunk = chunks.find((c) => c.words.includes(word));
  const postings = chunk?.postings(word);
  if (!postings) return {};
  return Object.fromEntries(postings.pages.map((page, i) => [pageUrls[page]!, postings.positions[i]!]));
}

/** What the record content says: the token index of each occurrence. */
function expected(word: string): Record<string, number[]> {
  return Object.fromEntries(
    records
      .map((r) => [r.url, r.content.split(' ').flatMap((token, i) => (token === word ? [i] : []))] as const)
      .filter(([, positions]) => positions.length),
  );
}

describe('readIndexChunk on an index Pagefind wrote', () => {
  it('gives every word its pages and positions, as the record content has them', () => {
    for (const word of ['运营经', '营经理', '经理', '理', '值班表', 'kpi', '2026', '6']) expect(lookup(word), word).toEqual(expected(word));
    expect(lookup('运营经')['/a/']).toEqual([0, 6]);
  });
  it('counts a position for the filler that pads the title and headings zones, without indexing it', () => {
    expect(lookup('营经理')['/a/']).toEqual([1, 7]);
    expect(chunks.flatMap((c) => c.words).some((word) => word.includes(FILLER))).toBe(false);
  });
  it('holds each chunk\'s words sorted by code point (chunk lookups rely on it)', () => {
    expect(chunks.flatMap((c) => c.words)).toContain('营经理');
    for (const chunk of chunks) expect([...chunk.words]).toEqual([...chunk.words].sort((a, b) => (a < b ? -1 : 1)));
  });
  it('refuses a file that is not a Pagefind index', () => {
    expect(() => readIndexChunk(new TextEncoder().encode('{"not":"an index"}'))).toThrow(/not a Pagefind index/);
  });
});
