/** The one search engine of a page, loaded on first use. */
import { SearchEngine } from '../lib/search/engine.ts';
import { isIndexable } from '../lib/search/fold.ts';

let engine: Promise<SearchEngine> | undefined;

/** Loads Pagefind and the folding table once; later calls share the same engine. */
export function getSearchEngine(): Promise<SearchEngine> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  engine ??= SearchEngine.load(`${base}pagefind/`, `${base}search/synonyms.json`);
  engine.catch(() => (engine = undefined));
  return engine;
}

/** True when a query holds something to search (a letter or digit): otherwise nothing is loaded. */
export function hasSearchableText(query: string): boolean {
  return [...query].some(isIndexable);
}

/** Message for a failed load: in `astro dev` there is no index. */
export function searchUnavailableMessage(): string {
  return import.meta.env.DEV
    ? '开发预览中没有搜索索引。运行 npm start 构建后即可搜索。'
    : '搜索索引加载失败,请刷新页面重试。';
}
