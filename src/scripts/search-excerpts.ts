/**
 * Excerpts of a shown result list, filled in as they load: the list (titles,
 * kinds, departments) is shown as soon as the search is done, and each hit's
 * excerpt — one small file — arrives after it, into a slot that keeps its
 * place (an empty line's height) so nothing moves under the reader.
 */
import type { SearchHit } from '../lib/search/engine.ts';
import { escapeHtml } from '../lib/search/record-text.ts';

/** The excerpt slot of hit number `index` in a list, filled by {@link fillExcerpts}. */
export function excerptSlot(hit: SearchHit, index: number): string {
  return `<span class="search-hit-excerpt" lang="${escapeHtml(hit.lang)}" data-excerpt="${index}" aria-busy="true"></span>`;
}

/**
 * Loads the excerpts of `hits` (numbered from `first`) into their slots in
 * `container`, while `current()` says the list is still the one shown. A
 * failed load leaves the slot empty: the title still leads to the page.
 */
export function fillExcerpts(container: HTMLElement, hits: readonly SearchHit[], first: number, current: () => boolean): Promise<void> {
  return Promise.all(
    hits.map(async (hit, i) => {
      const html = await hit.excerpt().catch(() => '');
      const slot = container.querySelector<HTMLElement>(`[data-excerpt="${first + i}"]`);
      if (!current() || !slot) return;
      slot.innerHTML = html;
      slot.removeAttribute('aria-busy');
    }),
  ).then(() => undefined);
}
