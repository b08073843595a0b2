/**
 * Text normalisation for the import benchmark: two field values are compared
 * after both have been reduced to the same canonical form, so differences in
 * script, width, spacing, punctuation and numbering labels do not count.
 */
import { TO_FILL } from '../model.ts';
import { toSimplified } from '../../text/script.ts';

/** Circled and parenthesised numbers, stripped before NFKC turns ① into a bare "1". */
const ENCLOSED_LABEL = /^[\u2460-\u249b\u24eb-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]\s*/u;

const CN_NUM = '一二三四五六七八九十百零〇两';

/**
 * Leading numbering labels, matched on NFKC text (so brackets and dots are ASCII).
 * Order matters: the longer forms come first.
 */
const LABELS: readonly RegExp[] = [
  // 第一章 第一条 第二篇 第3节, optionally followed by a separator
  new RegExp(`^第[${CN_NUM}\\d]+[章节条款项篇部][\\s:、.,]*`, 'u'),
  // 第一、 第二:
  new RegExp(`^第[${CN_NUM}\\d]+[、.,:]\\s*`, 'u'),
  // (一) (1) 【1】
  new RegExp(`^[(\\[【〔][${CN_NUM}\\d]+[)\\]】〕][\\s、.:]*`, 'u'),
  // 一、 十二. 一:
  new RegExp(`^[${CN_NUM}]+[、.,:]\\s*`, 'u'),
  // 一是 二是
  /^[一二三四五六七八九十]+是(?=\p{Script=Han})/u,
  // 2.1.1 followed by a space
  /^\d+(?:\.\d+)+\s+/u,
  // 1. 1、 2.1. but not 1.5亿
  /^\d+(?:\.\d+)*[.、,](?!\d)\s*/u,
  // 1) 1:
  /^\d+[):](?!\d)\s*/u,
  // a number then a space, as in flattened tables: "1 负责……"
  /^\d+\s+(?=\D)/u,
  // A、 a) b.
  /^[A-Za-z][、.)](?![A-Za-z])\s*/u,
  // bullets
  /^[-•·●○■□◆◇▪►]+\s*/u,
];

/** Removes one or more leading numbering labels (一、 (一) 1. (1) ① 第一条 一是 …). */
export function stripNumberingLabel(text: string): string {
  let current = text.trim().replace(ENCLOSED_LABEL, '').normalize('NFKC').trim();
  for (let round = 0; round < 3; round++) {
    const before = current;
    for (const label of LABELS) current = current.replace(label, '');
    current = current.trim().replace(ENCLOSED_LABEL, '');
    if (current === before) break;
  }
  return current;
}

const PUNCTUATION_OR_SPACE = /[\p{P}\p{Z}\s]/gu;

/**
 * Canonical form of a field value: NFKC, Simplified script, lower case, no
 * leading numbering label, no whitespace and no punctuation.
 * The placeholder 待填写 (and an empty value) becomes the empty string: absent.
 */
export function normalizeValue(text: string): string {
  const stripped = stripNumberingLabel(text);
  const folded = toSimplified(stripped).toLowerCase().replace(PUNCTUATION_OR_SPACE, '');
  return folded === TO_FILL ? '' : folded;
}

/** Text of a frontmatter value that stands for one scalar, or undefined when it is not a scalar. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return undefined;
}
