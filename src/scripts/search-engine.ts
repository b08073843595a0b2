/** The one search engine of a page, loaded on first use. */
import { SearchEngine } from '../lib/search/engine.ts';

let engine: Promise<SearchEngine> | undefined;

/** Loads Pagefind and the folding table once; later calls share the same engine. */
export function getSearchEngine(): Promise<SearchEngine> {
  engine ??= SearchEngine.load(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`);
  engine.catch(() => (engine = undefined));
  return engine;
}

/** Message for a failed load: in `astro dev` there is no index. */
export function searchUnavailableMessage(): string {
  return import.meta.env.DEV
    ? '开发预览中没有搜索索引。运行 npm start 构建后即可搜索。'
    : '搜索索引加载失败,请刷新页面重试。';
}
