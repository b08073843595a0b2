/**
 * The header search box: a combobox with a dropdown of the best results.
 * Loaded only when the reader focuses the box (see SearchBox.astro).
 */
import { SearchCancelled, type SearchHit, type SearchOutcome } from '../lib/search/engine.ts';
import { MAIN_LANG } from '../lib/search/page-table.ts';
import { escapeHtml } from '../lib/search/record-text.ts';
import { excerptSlot, fillExcerpts } from './search-excerpts.ts';
import { getSearchEngine, hasSearchableText, searchUnavailableMessage } from './search-engine.ts';

const MAX_HITS = 6;

export function enhanceSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector('input')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const searchPage = form.action;
  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const options = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  /** Marks option `index` (wrapping) as active; `scroll` keeps it in view when the reader moves with the arrows. */
  const setActive = (index: number, scroll = true) => {
    const all = options();
    active = all.length ? (index + all.length) % all.length : -1;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      if (scroll) current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  /** Shows results with the first (the best hit) active and the list at its top: nothing moves under the reader. */
  const open = (html: string) => {
    list.innerHTML = html;
    list.hidden = false;
    list.scrollTop = 0;
    input.setAttribute('aria-expanded', 'true');
    setActive(0, false);
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  // The reader's language goes along, so the search page ranks their own branch first too.
  const lang = document.documentElement.lang;
  const allResultsUrl = () => `${searchPage}?q=${encodeURIComponent(input.value.trim())}${lang && lang !== MAIN_LANG ? `&lang=${encodeURIComponent(lang)}` : ''}`;
  const hitHtml = (hit: SearchHit, i: number) =>
    `<li role="option" id="search-option-${i}" aria-selected="false" data-href="${escapeHtml(hit.url)}">` +
    `<a href="${escapeHtml(hit.url)}" tabindex="-1"><span class="search-hit-title" lang="${escapeHtml(hit.lang)}">${hit.titleHtml}</span>` +
    `<span class="search-hit-meta"><span class="badge">${escapeHtml(hit.type)}</span>${escapeHtml(hit.dept)}</span>` +
    `${excerptSlot(hit, i)}</a></li>`;

  const run = async () => {
    const query = input.value.trim();
    const mine = ++sequence;
    if (!query) return close();
    // Punctuation alone: nothing to search, so nothing is downloaded.
    if (!hasSearchableText(query)) return open('<li class="search-note" role="presentation">请输入要查找的文字或数字。</li>');
    let outcome: SearchOutcome;
    let hits: SearchHit[];
    try {
      const engine = await getSearchEngine();
      // A query superseded by a newer keystroke stops at its next index call: it would only delay the newer one.
      outcome = await engine.search(query, {}, { synonyms: true, fallback: true, cancelled: () => mine !== sequence });
      if (mine !== sequence) return;
      hits = outcome.next(MAX_HITS);
    } catch (error) {
      if (error instanceof SearchCancelled) return;
      if (mine === sequence) open(`<li class="search-note" role="presentation">${escapeHtml(searchUnavailableMessage())}</li>`);
      return;
    }
    if (mine !== sequence) return;
    if (!outcome.terms.length) return open('<li class="search-note" role="presentation">请输入要查找的文字或数字。</li>');
    if (!hits.length) {
      return open(`<li class="search-note" role="presentation">没有找到包含“${escapeHtml(query)}”的页面。可以试试更短的词,或换一种说法。</li>`);
    }
    const fallback = outcome.fallback
      ? `<li class="search-note search-fallback" role="presentation">没有找到“${escapeHtml(query)}”,以下是“${escapeHtml(outcome.fallback.join(' '))}”的结果。</li>`
      : '';
    open(
      fallback +
        hits.map(hitHtml).join('') +
        `<li role="option" id="search-option-all" aria-selected="false" class="search-all" data-href="${escapeHtml(allResultsUrl())}">` +
        `<a href="${escapeHtml(allResultsUrl())}" tabindex="-1">查看全部 ${outcome.total} 个结果 →</a></li>`,
    );
    void fillExcerpts(list, hits, 0, () => mine === sequence);
  };

  input.addEventListener('input', () => {
    // The search under way (if any) is superseded by this keystroke, not only once the next search starts:
    // it stops at its next index call instead of loading chunks for text the reader has already typed past.
    sequence++;
    clearTimeout(timer);
    timer = setTimeout(run, 90);
  });
  input.addEventListener('focus', () => input.value.trim() && list.innerHTML && open(list.innerHTML));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) return;
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      const target = list.hidden ? undefined : options()[active]?.dataset.href;
      if (target) {
        event.preventDefault();
        location.href = target;
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else input.blur();
    }
  });
  list.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // Text typed before this script loaded: searched once typing pauses, like any keystroke.
  if (input.value.trim()) timer = setTimeout(run, 90);
}
