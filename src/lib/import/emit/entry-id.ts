/**
 * File names (entry ids) for imported drafts: the title in toneless pinyin,
 * one syllable per part (运营主管 → yun-ying-zhu-guan; there is no word
 * segmentation to group syllables reliably). A name already taken gets -2,
 * -3 …: nothing is ever overwritten.
 */
import { pinyin } from 'pinyin-pro';
import { toSimplified } from '../../text/script.ts';

const MAX_SYLLABLES = 8;

/** Pinyin slug of a Chinese title; `fallback` when the title has no usable characters. */
export function slugFromTitle(title: string, fallback = 'daoru'): string {
  const syllables = pinyin(toSimplified(title), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .slice(0, MAX_SYLLABLES);
  return syllables.join('-') || fallback;
}

/** First of `base`, `base-2`, `base-3` … not in `taken`; the result is added to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
