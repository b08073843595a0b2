/** The search page: reads ?q=&type=&dept=, shows ranked results ten at a time. */
import type { SearchHit, SearchOutcome } from '../lib/search/engine.ts';
import { escapeHtml } from '../lib/search/record-text.ts';
import { excerptSlot, fillExcerpts } from './search-excerpts.ts';
import { getSearchEngine, hasSearchableText, searchUnavailableMessage } from './search-engine.ts';

const PAGE_SIZE = 10;

function hitHtml(hit: SearchHit, index: number): string {
  return (
    `<li><a class="search-hit-title" href="${escapeHtml(hit.url)}" lang="${escapeHtml(hit.lang)}">${hit.titleHtml}</a>` +
    `<span class="search-hit-meta"><span class="badge badge-accent">${escapeHtml(hit.type)}</span>${escapeHtml(hit.dept)}</span>` +
    `${excerptSlot(hit, index)}</li>`
  );
}

/** Options of a filter: each value with the number of results choosing it would show. */
function fillSelect(select: HTMLSelectElement, counts: Record<string, number>, all: Record<string, number>, selected: string) {
  const values = Object.keys(all).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  select.innerHTML =
    '<option value="">全部</option>' +
    values
      .map((value) => {
        const count = ` (${counts[value] ?? 0})`;
        return `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(value)}${count}</option>`;
      })
      .join('');
}

/** Lets the search benchmark and browser tests drive the same engine the page uses. */
declare global {
  interface Window {
    handbookSearch?: { getSearchEngine: typeof getSearchEngine };
  }
}

export function enhanceSearchPage(form: HTMLFormElement): void {
  window.handbookSearch = { getSearchEngine };
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const typeSelect = form.querySelector<HTMLSelectElement>('select[name="type"]')!;
  const deptSelect = form.querySelector<HTMLSelectElement>('select[name="dept"]')!;
  const filters = form.querySelector<HTMLElement>('[data-filters]')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  const results = document.querySelector<HTMLOListElement>('[data-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-more]')!;
  const empty = document.querySelector<HTMLElement>('[data-empty]')!;
  let outcome: SearchOutcome | undefined;
  let shown = 0;
  let sequence = 0;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const state = { type: params.get('type') ?? '', dept: params.get('dept') ?? '' };
  // The language of the page the reader came from (the header box passes it): their own branch ranks first.
  const readerLang = params.get('lang') ?? '';

  const showMore = () => {
    if (!outcome) return;
    const mine = sequence;
    const hits = outcome.next(PAGE_SIZE);
    results.insertAdjacentHTML('beforeend', hits.map((hit, i) => hitHtml(hit, shown + i)).join(''));
    void fillExcerpts(results, hits, shown, () => mine === sequence);
    shown += hits.length;
    more.hidden = shown >= outcome.total;
  };

  const run = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    const url = new URL(location.href);
    url.search = new URLSearchParams(Object.entries({ q: query, type: state.type, dept: state.dept, lang: readerLang }).filter(([, v]) => v)).toString();
    history.replaceState(null, '', url);
    document.title = query ? `“${query}”的搜索结果 · 搜索` : document.title;
    results.innerHTML = '';
    more.hidden = true;
    outcome = undefined;
    shown = 0;
    if (!query) {
      status.textContent = '';
      empty.hidden = false;
      return;
    }
    empty.hidden = true;
    // Punctuation alone: said at once, without downloading the index.
    if (!hasSearchableText(query)) {
      status.textContent = '请输入要查找的文字或数字(标点符号会被忽略)。';
      return;
    }
    status.textContent = '正在搜索…';
    try {
      const engine = await getSearchEngine();
      const found = await engine.search(query, state, { synonyms: true, fallback: true, ...(readerLang ? { readerLang } : {}) });
      if (mine !== sequence) return;
      const all = engine.allFacets();
      const facets = found.facets();
      outcome = found;
      filters.hidden = false;
      // Each option counts the results it would show: types under the chosen department, departments under the chosen type.
      fillSelect(typeSelect, facets.type, all.type, state.type);
      fillSelect(deptSelect, facets.dept, all.dept, state.dept);
      if (!found.terms.length) {
        status.textContent = '请输入要查找的文字或数字(标点符号会被忽略)。';
        return;
      }
      const filtered = state.type || state.dept ? '(已按筛选条件过滤)' : '';
      if (found.total === 0) {
        status.innerHTML =
          `没有找到包含“${escapeHtml(query)}”的页面${filtered}。` +
          (filtered ? ' <a href="#" data-clear>清除筛选</a>' : ' 可以试试更短的词、去掉其中一个词,或换一种说法。');
        empty.hidden = false;
        return;
      }
      status.textContent = found.fallback
        ? `没有找到“${query}”,以下是“${found.fallback.join(' ')}”的结果:${found.total} 个页面${filtered}。`
        : found.synonymOnly
          ? `找到 ${found.total} 个包含“${query}”或其同义词的页面${filtered},其中 ${found.synonymOnly} 个只含同义词。`
          : `找到 ${found.total} 个包含“${query}”的页面${filtered}。`;
      showMore();
    } catch {
      if (mine === sequence) status.textContent = searchUnavailableMessage();
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  for (const [select, key] of [[typeSelect, 'type'], [deptSelect, 'dept']] as const) {
    select.addEventListener('change', () => {
      state[key] = select.value;
      void run();
    });
  }
  more.addEventListener('click', showMore);
  status.addEventListener('click', (event) => {
    if (!(event.target as HTMLElement).matches('[data-clear]')) return;
    event.preventDefault();
    state.type = state.dept = '';
    void run();
  });
  void run();
  if (!input.value) input.focus();
}
