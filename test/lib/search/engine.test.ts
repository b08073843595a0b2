/**
 * The search engine on an index built in memory from real record content
 * (`records.ts`): ranking from the zone of each term's first occurrence,
 * rank flags and facets from the page table, the exact title, excerpts
 * loaded per hit, and cancellation of a superseded query. Text files are
 * served by a stubbed fetch.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchCancelled, SearchEngine, type SearchIndex } from '../../../src/lib/search/engine.ts';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import type { IndexChunk, Postings } from '../../../src/lib/search/index-chunk.ts';
import type { SearchPage } from '../../../src/lib/search/page-table.ts';
import { FILLER, headsContent } from '../../../src/lib/search/records.ts';
import { indexContent } from '../../../src/lib/search/record-text.ts';

const table = fullFoldTable();

interface FakePage extends Partial<SearchPage> {
  url: string;
  title: string;
  text: string;
  headings?: string[];
}

/** One chunk per first character (so prefixes and words spread over chunks), from each page's record content. */
function fakeIndex(pages: FakePage[], loaded: string[] = []): SearchIndex {
  const words = new Map<string, Postings>();
  pages.forEach((page, number) => {
    const content = `${headsContent(page.title, page.headings ?? [], table)} ${indexContent(page.text, table)}`.split(' ');
    content.forEach((word, position) => {
      if (word === FILLER) return; // Pagefind counts its position but does not index it
      const postings = words.get(word) ?? { pages: [], positions: [] };
      if (postings.pages.at(-1) !== number) postings.pages.push(number), postings.positions.push([]);
      postings.positions.at(-1)!.push(position);
      words.set(word, postings);
    });
  });
  const byFirst = new Map<string, string[]>();
  for (const word of [...words.keys()].sort()) byFirst.set([...word][0]!, [...(byFirst.get([...word][0]!) ?? []), word]);
  const chunks = [...byFirst.keys()].sort().map((first) => [first, `c-${first}`] as [string, string]);
  return {
    pages: pages.map((p) => ({ type: '岗位', dept: '运营部', lang: 'zh-CN', retired: false, report: false, ...p })),
    chunks,
    loadChunk: async (file) => {
      loaded.push(file);
      const list = byFirst.get(file.slice(2))!;
      return { words: list, postings: (word) => (list.includes(word) ? words.get(word) : undefined) } satisfies IndexChunk;
    },
  };
}

let pages: FakePage[] = [];
/** Paths of the text files fetched. */
let fetched: string[] = [];
beforeEach(() => {
  fetched = [];
  vi.stubGlobal('location', { href: 'http://127.0.0.1/' });
  vi.stubGlobal('fetch', async (url: string) => {
    const path = url.replace('/pagefind/', '');
    fetched.push(path);
    const page = pages.find((p) => path.startsWith(`text${p.url.replace(/\/$/, '')}.`));
    const body = path.endsWith('.h.txt') ? page?.headings?.join('\n') : page?.text;
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('SearchEngine ranking on one record per page', () => {
  it('orders exact title, title, heading, body; then in force before retired', async () => {
    pages = [
      { url: '/p1/', title: '楼层主管', text: '楼层主管 负责配合运营经理' },
      { url: '/p2/', title: '运营经理', text: '运营经理 全面负责', retired: true },
      { url: '/p3/', title: '运营经理助理', text: '运营经理助理' },
      { url: '/p4/', title: '周例会', text: '周例会\n议程\n运营经理主持', headings: ['议程', '运营经理主持'] },
      { url: '/p5/', title: '旧办法', text: '运营经理 旧', retired: true },
      { url: '/p6/', title: '无关', text: '运营\n经理' },
    ];
    const engine = new SearchEngine(fakeIndex(pages), table, '/pagefind/');
    const outcome = await engine.search('运营经理', {}, { readerLang: 'zh-CN' });
    const hits = outcome.next(10);
    expect(hits.map((h) => [h.url, h.rank])).toEqual([
      ['/p2/', 'title'], // exact title: first even though not in force
      ['/p3/', 'title'],
      ['/p4/', 'headings'],
      ['/p1/', 'body'], // in force, though its hit comes later than p5's
      ['/p5/', 'body'],
    ]);
    expect(outcome.total).toBe(5); // not p6: its two words are separate element runs
    expect(hits[0]!.titleHtml).toBe('<mark>运营经理</mark>');
    expect(await hits[2]!.excerpt()).toBe('<mark>运营经理</mark>主持');
    expect(await hits[3]!.excerpt()).toContain('<mark>运营经理</mark>');
    expect(outcome.next(10)).toEqual([]);
  });

  it('puts handbook entries before reports, then the reader\'s language, at equal match', async () => {
    pages = [
      { url: '/r/', title: '月报', text: '巡场记录', report: true },
      { url: '/hk/', title: '巡場', text: '巡場記錄', lang: 'zh-HK' },
      { url: '/cn/', title: '巡查', text: '巡场记录' },
    ];
    const engine = new SearchEngine(fakeIndex(pages), table, '/pagefind/');
    const order = async (readerLang: string) => (await engine.search('巡场记录', {}, { readerLang })).next(5).map((h) => h.url);
    expect(await order('zh-CN')).toEqual(['/cn/', '/hk/', '/r/']);
    expect(await order('zh-HK')).toEqual(['/hk/', '/cn/', '/r/']);
  });

  it('matches a short term as a prefix of the index words, over every chunk it spans', async () => {
    pages = [
      { url: '/a/', title: '甲', text: '完成了' },
      { url: '/b/', title: '乙', text: '完成率' },
      { url: '/c/', title: '丙', text: '未完' },
    ];
    const engine = new SearchEngine(fakeIndex(pages), table, '/pagefind/');
    expect((await engine.search('完成')).pages().sort()).toEqual(['/a/', '/b/']);
    expect((await engine.search('完')).pages().sort()).toEqual(['/a/', '/b/', '/c/']);
  });

  it('counts facets from the page table: types under the chosen department, departments under the chosen type', async () => {
    pages = [
      { url: '/a/', title: '甲', text: '值班安排', type: '流程', dept: '运营部' },
      { url: '/b/', title: '乙', text: '值班安排', type: '流程', dept: '保安部' },
      { url: '/c/', title: '丙', text: '值班安排', type: '岗位', dept: '保安部' },
      { url: '/d/', title: '丁', text: '其他', type: '制度', dept: '财务部' },
    ];
    const engine = new SearchEngine(fakeIndex(pages), table, '/pagefind/');
    expect(engine.allFacets()).toEqual({ type: { 流程: 2, 岗位: 1, 制度: 1 }, dept: { 运营部: 1, 保安部: 2, 财务部: 1 } });
    const all = await engine.search('值班');
    expect(all.facets()).toEqual({ type: { 流程: 2, 岗位: 1, 制度: 0 }, dept: { 运营部: 1, 保安部: 2, 财务部: 0 } });
    const security = await engine.search('值班', { dept: '保安部' });
    expect(security.total).toBe(2);
    expect(security.facets()).toEqual({ type: { 流程: 1, 岗位: 1, 制度: 0 }, dept: { 运营部: 1, 保安部: 2, 财务部: 0 } });
    const both = await engine.search('值班', { dept: '保安部', type: '流程' });
    expect(both.pages()).toEqual(['/b/']);
    expect(both.facets()).toEqual({ type: { 流程: 1, 岗位: 1, 制度: 0 }, dept: { 运营部: 1, 保安部: 1, 财务部: 0 } });
  });

  it('falls back to the longest parts that occur, and says so', async () => {
    pages = [{ url: '/a/', title: '顾客退货', text: '顾客退货流程' }, { url: '/b/', title: '顾客投诉', text: '顾客投诉' }];
    const engine = new SearchEngine(fakeIndex(pages), table, '/pagefind/');
    const outcome = await engine.search('顾客要退货怎么办', {}, { fallback: true });
    expect(outcome.fallback).toEqual(['顾客', '退货']);
    expect(outcome.pages()).toEqual(['/a/']);
  });

  it('stops a superseded query after its next download', async () => {
    pages = [{ url: '/a/', title: '运营经理', text: '运营经理' }];
    const loaded: string[] = [];
    const engine = new SearchEngine(fakeIndex(pages, loaded), table, '/pagefind/');
    // A newer keystroke arrives while the first chunk loads.
    const search = engine.search('运营经理', {}, { cancelled: () => loaded.length > 0 });
    await expect(search).rejects.toBeInstanceOf(SearchCancelled);
  });

  it('loads each chunk once, and an excerpt file once per hit shown', async () => {
    pages = [{ url: '/a/', title: '甲', text: '运营经理负责' }];
    const loaded: string[] = [];
    const engine = new SearchEngine(fakeIndex(pages, loaded), table, '/pagefind/');
    await engine.search('运营经理');
    await engine.search('运营经理');
    expect(loaded.sort()).toEqual(['c-营', 'c-运']);
    const [hit] = (await engine.search('运营经理')).next(1);
    expect(fetched).toEqual([]); // listing a hit downloads nothing
    const excerpt = await hit!.excerpt();
    expect(excerpt).toContain('<mark>运营经理</mark>');
    expect(await hit!.excerpt()).toBe(excerpt);
    const [again] = (await engine.search('运营经理')).next(1);
    await again!.excerpt();
    expect(fetched).toEqual(['text/a.0.txt']);
  });
});
