/**
 * Text helpers for the classify/extract stage: script-independent matching,
 * numbering labels, placeholders and item clean-up.
 *
 * Matching is done on a *folded* copy of the text (Simplified script,
 * half-width punctuation and digits) that has exactly the same length as the
 * original, so an index found in the folded copy slices the original: values
 * are copied out in the document's own script.
 */
import { inScriptOf } from '../../text/script.ts';
import { foldText } from '../text/fold.ts';

/**
 * Simplified, half-width copy of `text` with the same length, for matching
 * keywords in either script (職責 and 职责 fold alike; ：→ :, （→ (, ５ → 5).
 * The importer's one fold (`text/fold.ts`), which caches recent lines itself.
 */
export function fold(text: string): string {
  return foldText(text);
}

/** `value` (a canonical Simplified term such as 每周) in the script of `lang`. */
export function inScript(lang: string, value: string): string {
  return inScriptOf(lang, value);
}

/**
 * A numbering label at the start of a line: 一、 (一) 1. 1、 (1) 1) ① 第一章 第一条
 * 2.1.1 a) A、 — with ASCII or full-width punctuation.
 */
export const LABEL_PATTERN =
  /^\s*(?:第[一二三四五六七八九十百零〇两\d]+[章节条款篇部分]|[一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十百]+[)）]|\d+(?:\.\d+){2,}\.?(?![\d%])|\d+\.\d+(?=\s)|\d+\s*[、)）]|\d+\s*[.．](?![\d%])|\d+[.．](?=\d{1,2}[:：]\d{2})|[(（]\d+[)）]|[①-⑳]|[a-zA-Z][、)）](?![a-zA-Z]))\s*/;

/** `text` without a leading numbering label. */
export function stripLabel(text: string): string {
  return text.replace(LABEL_PATTERN, '');
}

/**
 * An item's text as a field value: no numbering label (when asked), no
 * trailing `;。,` run (scraped text often ends items with `;。`), inner
 * whitespace runs collapsed.
 */
export function cleanItem(text: string, { label = false }: { label?: boolean } = {}): string {
  let result = text.replace(/\s*\n\s*/g, '').trim();
  if (label) result = stripLabel(result);
  return result
    .replace(/[;；,，、。.:：\s]+$/u, '')
    .replace(/^[;；,，、。:：\s]+/u, '')
    .trim();
}

/** Heading text as a section name: no label, no trailing colon or full stop, no spaces. */
export function sectionName(text: string): string {
  return stripLabel(text).replace(/[\s:：。.;；]+$/u, '').trim();
}

const PLACEHOLDER_TOKEN = /(?<![A-Za-z])(?:20[xX×]{2}|[xX]{2,}|×{2,}|\*{2,}|\^v\^|_{2,}|□{2,}|○{2,})(?![A-Za-z])/u;

/** True when `text` contains a placeholder (xx, 20xx, ××, **, ***, ^v^, ___) — an unknown value. */
export function hasPlaceholder(text: string): boolean {
  return PLACEHOLDER_TOKEN.test(text);
}

/** True when `text` is empty or nothing but a placeholder: no value at all. */
export function isBlankValue(text: string | undefined): boolean {
  if (text === undefined) return true;
  const stripped = text.replace(/[\s:：;；,，、。.()（）]/gu, '');
  if (stripped === '') return true;
  return stripped.replace(new RegExp(PLACEHOLDER_TOKEN.source, 'gu'), '') === '';
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Value of a Chinese or Arabic numeral: 27, 二十七, 十, 一百零五, and
 * digit-by-digit years such as 二〇一九. Undefined when it is not a number.
 */
export function chineseNumber(text: string): number | undefined {
  const t = fold(text).trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(t)) return undefined;
  if (!/[十百千]/.test(t)) {
    // 二〇一九: digit by digit.
    return Number(Array.from(t, (ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let current = 0;
  for (const ch of t) {
    if (ch in DIGITS) current = DIGITS[ch]!;
    else {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (current || 1) * unit;
      current = 0;
    }
  }
  return total + current;
}

/** Splits an enumeration such as `运营经理、楼层主管,客服部` into its parts. */
export function splitEnumeration(text: string): string[] {
  return text
    .split(/[、,，;；/]|\s{2,}/u)
    .map((part) => cleanItem(part))
    .filter((part) => part.length > 0);
}

/** Removes `篇一`, `(13篇)`, `范文`, leading `3.` and spaces from a document title. */
export function cleanTitle(title: string): string {
  let t = title.trim();
  t = t.replace(/^\s*\d+\s*[.、．]\s*(?!\d)/u, '');
  t = t.replace(LABEL_PATTERN, (m) => (/第.+[章节条款]/u.test(m) ? m : ''));
  const folded = () => fold(t);
  // SEO decoration: 【2】 / [3] / 1500字 before or after 范本.
  t = t.replace(/\s*[【\[]\d+[】\]]\s*$/u, '');
  // Matched on the folded title, so brackets and colons are half-width here.
  const trailing = /[\s(]*(?:篇[一二三四五六七八九十百\d]+|第[一二三四五六七八九十百\d]+篇|[一二三四五六七八九十\d]+篇|范文|范本|模板|样本|大全|精选|汇编)\)*\s*[:。.]?$/u;
  for (let i = 0; i < 4; i++) {
    const match = trailing.exec(folded());
    if (!match) break;
    t = t.slice(0, match.index);
    t = t.replace(/\s*\d+\s*字$/u, '');
  }
  t = t.replace(/[\s:：。.;；,，]+$/u, '');
  // 销售个人月工作计划二: a sequence number glued to the document word.
  const numbered = /(?:计划|总结|职责|报告|制度|办法|方案|流程|说明书|规定|细则)([一二三四五六七八九十]{1,3})$/u.exec(fold(t));
  if (numbered) t = t.slice(0, t.length - numbered[1]!.length);
  return t.replace(/\s+/gu, '').trim();
}

/**
 * Splits items run together on one line — `熟知…;2.熟知…;3.掌握…` or
 * `①…②…` — when the structure stage left them joined. Only a run of
 * consecutive numbers after a separator counts (so 1,2名 or 1.5倍 stay).
 * `ownNumber` is the number of the label already stripped from the text.
 */
export function splitRunTogether(text: string, ownNumber?: number): Array<{ label: string; text: string }> {
  const key = fold(text);
  const marks = [...key.matchAll(/(?<=^|[;,。\s])(\d{1,2})\s*[.、](?![\d%])/gu)].map((m) => ({ at: m.index, length: m[0].length, n: Number(m[1]) }));
  const chain: typeof marks = [];
  for (const mark of marks) {
    const expected = chain.length > 0 ? chain[chain.length - 1]!.n + 1 : ownNumber !== undefined ? ownNumber + 1 : mark.n;
    if (mark.n === expected) chain.push(mark);
  }
  let cuts = chain.length >= 2 || (chain.length === 1 && ownNumber !== undefined && chain[0]!.at > 0) ? chain : [];
  if (cuts.length === 0) {
    const circled = [...key.matchAll(/[①-⑳]/gu)].map((m) => ({ at: m.index, length: 1, n: 0 }));
    if (circled.length >= 2) cuts = circled;
  }
  if (cuts.length === 0) return [{ label: '', text }];
  const parts: Array<{ label: string; text: string }> = [];
  const head = text.slice(0, cuts[0]!.at);
  if (cleanItem(head)) parts.push({ label: '', text: head.trim() });
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.at ?? text.length;
    parts.push({ label: text.slice(cut.at, cut.at + cut.length).trim(), text: text.slice(cut.at + cut.length, end).trim() });
  });
  return parts.filter((part) => cleanItem(part.text) !== '');
}
