/**
 * The search engine against a fake Pagefind: ranking from the zone of each
 * term's first occurrence in the one record per page, rank flags from the
 * `rank` filter, the exact title from the page shard, and cancellation of a
 * superseded query. Shards and text pieces are served by a stubbed fetch.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchCancelled, SearchEngine, type PagefindApi } from '../../../src/lib/search/engine.ts';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { BODY_START, shardPath, type ShardEntry } from '../../../src/lib/search/records.ts';

interface FakePage { id: string; url: string; title: string; text: string; positions: Record<string, number[]>; rank?: string[]; headings?: string }

/** A Pagefind answering phrases from `pages`: a page matches a phrase when it has positions for it. */
function fakePagefind(pages: FakePage[], calls: string[]): PagefindApi {
  return {
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    filters: async () => ({}),
    search: async (term, options) => {
      calls.push(`${term}${options?.filters?.rank ? ` rank=${options.filters.rank}` : ''}`);
      const wanted = options?.filters?.rank;
      const hits = pages.filter((p) => term !== null && p.positions[term] && (!wanted || p.rank?.includes(wanted)));
      const counts: Record<string, number> = {};
      for (const p of hits) for (const flag of p.rank ?? []) counts[flag] = (counts[flag] ?? 0) + 1;
      return {
        results: hits.map((p) => ({ id: p.id, words: p.positions[term!]!, data: async () => ({ url: p.url, content: '', meta: {} }) })),
        filters: { rank: counts },
      };
    },
  };
}

const table = fullFoldTable();
const page = (n: number, title: string, text: string, positions: Record<string, number[]>, rank?: string[]): FakePage => ({
  id: `und_${n}00abc`, url: `/p${n}/`, title, text, positions, ...(rank ? { rank } : {}),
});

let pages: FakePage[] = [];
beforeEach(() => {
  vi.stubGlobal('location', { href: 'http://127.0.0.1/' });
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.replace('/pagefind/', '');
    const shard = Object.fromEntries(pages.filter((p) => shardPath(p.id) === path).map((p) => [p.id, [p.url, p.title, '岗位', '运营部', 'zh-CN', p.text.slice(0, 80), p.headings ?? ''] satisfies ShardEntry]));
    const text = pages.find((p) => path.startsWith(`text${p.url.replace(/\/$/, '')}.`))?.text;
    const body = path.startsWith('pages/') ? JSON.stringify(shard) : text;
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
});
afterEach(() => vi.unstubAllGlobals());

const PHRASE = '"运营经 营经理"';

describe('SearchEngine ranking on one record per page', () => {
  it('orders exact title, title, heading, body; then in force before retired', async () => {
    pages = [
      page(1, '楼层主管', '楼层主管 负责配合运营经理', { [PHRASE]: [BODY_START + 8] }),
      page(2, '运营经理', '运营经理 全面负责', { [PHRASE]: [0, BODY_START] }, ['retired']),
      page(3, '运营经理助理', '运营经理助理', { [PHRASE]: [0, BODY_START] }),
      { ...page(4, '周例会', '周例会 运营经理主持', { [PHRASE]: [70, BODY_START + 4] }), headings: '议程\n运营经理主持' },
      page(5, '旧办法', '运营经理 旧', { [PHRASE]: [BODY_START] }, ['retired']),
    ];
    const calls: string[] = [];
    const engine = new SearchEngine(fakePagefind(pages, calls), table, '/pagefind/');
    const outcome = await engine.search('运营经理', {}, { readerLang: 'zh-CN' });
    const hits = await outcome.next(10);
    expect(hits.map((h) => [h.url, h.rank])).toEqual([
      ['/p2/', 'title'], // exact title: first even though not in force
      ['/p3/', 'title'],
      ['/p4/', 'headings'],
      ['/p1/', 'body'], // in force, though its hit comes later than p5's
      ['/p5/', 'body'],
    ]);
    expect(outcome.total).toBe(5);
    // The flag search runs only for the flag some hit carries (Pagefind's counts tell).
    expect(calls).toEqual([PHRASE, `${PHRASE} rank=retired`]);
    expect(hits[2]!.excerptHtml).toBe('<mark>运营经理</mark>主持');
    expect(hits[3]!.excerptHtml).toContain('<mark>运营经理</mark>');
  });

  it('stops a superseded query at its next index call', async () => {
    pages = [page(1, '运营经理', '运营经理', { [PHRASE]: [0] }, ['retired']), page(2, '运营经理', '运营经理', { [PHRASE]: [0] })];
    const calls: string[] = [];
    const engine = new SearchEngine(fakePagefind(pages, calls), table, '/pagefind/');
    // A newer keystroke arrives while the first index call runs.
    const search = engine.search('运营经理', {}, { readerLang: 'zh-CN', cancelled: () => calls.length > 0 });
    await expect(search).rejects.toBeInstanceOf(SearchCancelled);
    expect(calls).toEqual([PHRASE]);
  });
});
