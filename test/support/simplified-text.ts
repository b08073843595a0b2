/**
 * Text of a page that is written in Simplified script where the page (or the
 * element) is Traditional: each text run whose nearest `lang` is zh-HK /
 * zh-TW / zh-Hant and in which OpenCC's Simplified → Traditional conversion
 * changes a Simplified-only character (经 → 經; not a Traditional variant such
 * as 戶 → 户, which converting to Simplified would also change). Content quoted
 * from Simplified entries carries its own `lang` (zh-CN) and is left out.
 */
import { Parser } from 'htmlparser2';
import * as OpenCC from 'opencc-js';
import { isTraditional, toSimplified, toTraditional } from '../../src/lib/text/script.ts';

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * True when the Hong Kong conversion changed a character that the Taiwan
 * conversion changes too, also on its own: a Simplified-only character (经,
 * 说), not a regional variant (户/戶, 群/羣) or a phrase choice (樓面/樓麪,
 * 了解/瞭解) that Traditional text may write either way.
 */
function simplifiedOnly(text: string, converted: string): boolean {
  const [before, hk, tw] = [[...text], [...converted], [...toTaiwan(text)]];
  if (before.length !== hk.length || before.length !== tw.length) return true;
  // On its own the character converts too (经 → 經), unlike 面 or 了, which only phrases turn into 麪 / 瞭.
  return before.some((c, i) => c !== hk[i] && c !== tw[i] && toTaiwan(c) !== c && toSimplified(c) === c);
}

/** Text runs of `html` in Simplified script under a Traditional `lang`, with their element path. */
export function simplifiedRuns(html: string): { text: string; converted: string; path: string }[] {
  const stack: { tag: string; lang: string | undefined; skip: boolean }[] = [];
  const found: { text: string; converted: string; path: string }[] = [];
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const parser = new Parser({
    onopentag(tag, attrs) {
      const parent = stack.at(-1);
      const entry = { tag, lang: attrs.lang ?? parent?.lang, skip: SKIPPED.has(tag) || Boolean(parent?.skip) };
      if (!VOID.has(tag)) stack.push(entry);
    },
    onclosetag(tag) {
      if (!VOID.has(tag)) stack.pop();
    },
    ontext(raw) {
      const top = stack.at(-1);
      const text = raw.trim();
      if (!top || top.skip || !text || !isTraditional(top.lang) || !/[\u4e00-\u9fff]/.test(text)) return;
      const converted = toTraditional(text);
      if (converted !== text && simplifiedOnly(text, converted)) found.push({ text, converted, path: stack.map((s) => s.tag).join('>') });
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return found;
}
