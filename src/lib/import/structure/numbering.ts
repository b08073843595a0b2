/**
 * Numbering labels of Chinese official documents (GB/T 9704 and what real
 * files do instead): 第一章, 第一条, 一、, (一), 1. / 1、, 2.1, (1) / 1), ①,
 * 一是, 第一、, A、 / a), bullets. A label has a *kind* and a *value*; depth is
 * not a property of the kind but inferred per document (see infer-levels.ts).
 *
 * Patterns run on folded text (NFKC: ASCII parentheses and colons).
 */

export type LabelKind =
  | 'chapter'
  | 'section'
  | 'article'
  | 'cn'
  | 'paren-cn'
  | 'ordinal'
  | 'shi'
  | 'decimal'
  | 'arabic'
  | 'paren-arabic'
  | 'circled'
  | 'letter'
  | 'bullet';

export interface Label {
  kind: LabelKind;
  /** Sequence value (一 → 1, ③ → 3, B → 2); decimals use their last part; bullets 0. */
  value: number;
  /** For decimals, how many parts (2.1 → 2). */
  parts?: number;
  /** The label exactly as written, e.g. `(一)` or `1、`. */
  text: string;
  /** Length of label plus following separator/space in the line. */
  length: number;
}

const CN = '[一二三四五六七八九十百零〇两]+';
const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十二 → 12, 二十七 → 27, 一百零三 → 103. */
export function chineseNumeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = CN_DIGITS[char] ?? 0;
    }
  }
  return total + current;
}

/** Chinese numeral for 1–99, the way labels are written (12 → 十二). */
export function toChineseNumeral(value: number): string {
  const digits = '零一二三四五六七八九';
  if (value < 10) return digits[value]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

interface Pattern {
  kind: LabelKind;
  regex: RegExp;
  value: (match: RegExpExecArray) => number;
}

const PATTERNS: Pattern[] = [
  { kind: 'chapter', regex: new RegExp(`^第\\s*(${CN}|\\d+)\\s*章\\s*[:、.]?\\s*`), value: (m) => chineseNumeral(m[1]!) },
  { kind: 'section', regex: new RegExp(`^第\\s*(${CN}|\\d+)\\s*节\\s*[:、.]?\\s*`), value: (m) => chineseNumeral(m[1]!) },
  { kind: 'article', regex: new RegExp(`^第\\s*(${CN}|\\d+)\\s*条\\s*[:、.]?\\s*`), value: (m) => chineseNumeral(m[1]!) },
  { kind: 'ordinal', regex: new RegExp(`^第(${CN})\\s*[、,,:]\\s*`), value: (m) => chineseNumeral(m[1]!) },
  { kind: 'cn', regex: new RegExp(`^(${CN})\\s*[、.:]\\s*`), value: (m) => chineseNumeral(m[1]!) },
  // 四 稽查工作要求: a numeral and a space, then text.
  { kind: 'cn', regex: new RegExp(`^(${CN})\\s+(?=[\\u4e00-\\u9fff])`), value: (m) => chineseNumeral(m[1]!) },
  { kind: 'paren-cn', regex: new RegExp(`^\\((${CN})\\)\\s*[、.:]?\\s*`), value: (m) => chineseNumeral(m[1]!) },
  { kind: 'shi', regex: new RegExp(`^(${CN})是(?=[\\u4e00-\\u9fff,:])`), value: (m) => chineseNumeral(m[1]!) },
  { kind: 'decimal', regex: /^(\d{1,2}(?:\.\d{1,2}){1,3})(?:\s+|\s*[、.]\s*|(?=[\u4e00-\u9fff]))(?![\d%亿万千百元个年月日号倍])/, value: (m) => Number(m[1]!.split('.').at(-1)) },
  { kind: 'arabic', regex: /^(\d{1,2})\s*[.、](?![\d%])\s*/, value: (m) => Number(m[1]) },
  // 1.17:50 闭店广播: an item number directly before a clock time.
  { kind: 'arabic', regex: /^(\d{1,2})\s*[.、](?=\d{1,2}[::]\d{2})/, value: (m) => Number(m[1]) },
  // 1 严把欠费首关: a number and a space before Chinese text.
  { kind: 'arabic', regex: /^(\d{1,2})\s+(?=[\u4e00-\u9fff])/, value: (m) => Number(m[1]) },
  { kind: 'paren-arabic', regex: /^\((\d{1,2})\)\s*[、.]?\s*/, value: (m) => Number(m[1]) },
  { kind: 'paren-arabic', regex: /^(\d{1,2})\)\s*/, value: (m) => Number(m[1]) },
  { kind: 'circled', regex: new RegExp(`^([${CIRCLED}])\\s*`), value: (m) => CIRCLED.indexOf(m[1]!) + 1 },
  { kind: 'letter', regex: /^([A-Za-z])\s*[、.):]\s*(?=[^\sA-Za-z])/, value: (m) => m[1]!.toLowerCase().charCodeAt(0) - 96 },
  { kind: 'bullet', regex: /^[-•·●▪◆■◇□]\s*/, value: () => 0 },
];

/** The numbering label at the start of a (folded, trimmed) line, if any. */
export function readLabel(folded: string): Label | undefined {
  for (const pattern of PATTERNS) {
    const match = pattern.regex.exec(folded);
    if (!match) continue;
    // A year or amount is not a label: 2019.5 / 1.5亿
    if (pattern.kind === 'decimal' && /^\d{3,}/.test(folded)) continue;
    const label: Label = {
      kind: pattern.kind,
      value: pattern.value(match),
      text: match[0].trim(),
      length: match[0].length,
    };
    if (pattern.kind === 'decimal') label.parts = match[1]!.split('.').length;
    return label;
  }
  return undefined;
}

/** Kind key used for levels: decimals of different lengths are different levels. */
export function levelKey(label: Label): string {
  return label.kind === 'decimal' ? `decimal-${label.parts}` : label.kind;
}

/** The label that would follow `label` in sequence, written like it (for splitting run-together items). */
export function nextLabelPattern(label: Label): RegExp | undefined {
  const next = label.value + 1;
  switch (label.kind) {
    case 'arabic':
      return new RegExp(`(?<=[;;。!?\\s])\\s*${next}\\s*[.、](?![\\d%])`);
    case 'paren-arabic':
      return new RegExp(`(?<=[;;。!?\\s]|^.{2,}?)\\(${next}\\)`);
    case 'circled':
      return next <= 20 ? new RegExp(CIRCLED[next - 1]!) : undefined;
    case 'cn':
      return new RegExp(`(?<=[;;。!?])\\s*${toChineseNumeral(next)}、`);
    case 'paren-cn':
      return new RegExp(`(?<=[;;。!?])\\s*\\(${toChineseNumeral(next)}\\)`);
    case 'shi':
      return new RegExp(`(?<=[;;。!?])\\s*${toChineseNumeral(next)}是`);
    default:
      return undefined;
  }
}
