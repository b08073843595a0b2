/**
 * Word documents (.docx) → lines, one per block, with Word's own structure as
 * hints: heading styles become `hint.heading`, list paragraphs `hint.listItem`.
 *
 * mammoth does the conversion (to HTML, then the same block walker as HTML
 * pages). mammoth drops Word's automatic numbering text — the 一、 / (一) /
 * 1. / 第一章 that Word draws in front of numbered paragraphs — and Chinese
 * handbooks carry their structure in exactly those labels. So the numbering is
 * recomputed here from word/numbering.xml and the paragraphs' numbering
 * properties (direct or through their style), and put back in front of the
 * paragraph's text, as it would appear in a text export.
 */
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';
import type { VFile } from 'vfile';
import type { SourceLine } from '../model.ts';
import { htmlToLines, OWN_NUMBERING, toRoman } from './read-html.ts';
import { checkZipSize, DEFAULT_MAX_UNZIPPED_BYTES } from './zip-guard.ts';

/** Word heading styles under the names Chinese Word and WPS give them, on top of mammoth's defaults. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [
    `p[style-name='标题 ${n}'] => h${n}:fresh`,
    `p[style-name='标题${n}'] => h${n}:fresh`,
    `p[style-name='標題 ${n}'] => h${n}:fresh`,
    `p[style-name='標題${n}'] => h${n}:fresh`,
  ]),
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='標題'] => h1:fresh",
];

export const NOT_DOCX_MESSAGE = '不是有效的 Word 文档(.docx):文件可能已损坏,或是改了扩展名的其他文件。请用 Word 打开后另存为 .docx 再导入';

/** Result of reading a .docx: lines, or a message for the user. */
export type DocxResult = { lines: SourceLine[] } | { error: string };

// --- Word numbering ----------------------------------------------------------

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
}

interface Numbering {
  /** abstractNumId → levels by ilvl. */
  abstract: Map<string, Map<number, Level>>;
  /** numId → abstractNumId and per-level start overrides. */
  nums: Map<string, { abstractId: string; startOverride: Map<number, number> }>;
}

interface ParagraphInfo {
  text: string;
  style?: string;
  numId?: string;
  ilvl?: number;
}

/** Walks an XML part with callbacks (htmlparser2 in XML mode is already a dependency). */
function walkXml(
  xml: string,
  onopen: (name: string, attributes: Record<string, string>) => void,
  onclose: (name: string) => void,
  ontext?: (text: string) => void,
): void {
  const parser = new Parser(
    { onopentag: onopen, onclosetag: onclose, ontext: (text) => ontext?.(text) },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

function parseNumbering(xml: string | undefined): Numbering {
  const numbering: Numbering = { abstract: new Map(), nums: new Map() };
  if (!xml) return numbering;
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let levelIndex = 0;
  let num: { abstractId: string; startOverride: Map<number, number> } | undefined;
  let overrideLevel: number | undefined;
  walkXml(
    xml,
    (name, a) => {
      const val = a['w:val'];
      switch (name) {
        case 'w:abstractNum':
          abstract = new Map();
          numbering.abstract.set(a['w:abstractNumId'] ?? '', abstract);
          break;
        case 'w:lvl':
          if (abstract) {
            levelIndex = Number(a['w:ilvl'] ?? 0);
            level = { start: 1, format: 'decimal', text: '', suffix: 'tab', legal: false };
            abstract.set(levelIndex, level);
          }
          break;
        case 'w:start':
          if (level && val) level.start = Number(val);
          break;
        case 'w:numFmt':
          if (level && val) level.format = val;
          break;
        case 'w:lvlText':
          if (level) level.text = val ?? '';
          break;
        case 'w:suff':
          if (level && val) level.suffix = val;
          break;
        case 'w:isLgl':
          if (level) level.legal = val !== '0' && val !== 'false';
          break;
        case 'w:num':
          num = { abstractId: '', startOverride: new Map() };
          numbering.nums.set(a['w:numId'] ?? '', num);
          break;
        case 'w:abstractNumId':
          if (num && val !== undefined) num.abstractId = val;
          break;
        case 'w:lvlOverride':
          overrideLevel = Number(a['w:ilvl'] ?? 0);
          break;
        case 'w:startOverride':
          if (num && overrideLevel !== undefined && val) num.startOverride.set(overrideLevel, Number(val));
          break;
      }
    },
    (name) => {
      if (name === 'w:lvl') level = undefined;
      else if (name === 'w:abstractNum') abstract = undefined;
      else if (name === 'w:num') num = undefined;
      else if (name === 'w:lvlOverride') overrideLevel = undefined;
    },
  );
  return numbering;
}

/** styleId → numbering the style itself carries (Chinese templates number headings this way). */
function parseStyleNumbering(xml: string | undefined): Map<string, { numId?: string; ilvl?: number; basedOn?: string }> {
  const styles = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  if (!xml) return styles;
  let current: { numId?: string; ilvl?: number; basedOn?: string } | undefined;
  walkXml(
    xml,
    (name, a) => {
      if (name === 'w:style') {
        current = {};
        styles.set(a['w:styleId'] ?? '', current);
      } else if (current && name === 'w:basedOn') current.basedOn = a['w:val'];
      else if (current && name === 'w:numId') current.numId = a['w:val'];
      else if (current && name === 'w:ilvl') current.ilvl = Number(a['w:val'] ?? 0);
    },
    (name) => {
      if (name === 'w:style') current = undefined;
    },
  );
  return styles;
}

/** Paragraphs of word/document.xml in order, with text and numbering properties. */
function parseParagraphs(xml: string): ParagraphInfo[] {
  const paragraphs: ParagraphInfo[] = [];
  // Paragraphs nest (text boxes inside a paragraph); each is a paragraph of its own, as mammoth reads them.
  const open: ParagraphInfo[] = [];
  let current: ParagraphInfo | undefined;
  let inText = false;
  walkXml(
    xml,
    (name, a) => {
      if (name === 'w:p') {
        current = { text: '' };
        open.push(current);
        paragraphs.push(current);
      } else if (!current) return;
      else if (name === 'w:pStyle') current.style = a['w:val'];
      else if (name === 'w:numId') current.numId = a['w:val'];
      else if (name === 'w:ilvl') current.ilvl = Number(a['w:val'] ?? 0);
      else if (name === 'w:t') inText = true;
      else if (name === 'w:tab') current.text += '\t';
    },
    (name) => {
      if (name === 'w:t') inText = false;
      else if (name === 'w:p') {
        open.pop();
        current = open[open.length - 1];
      }
    },
    (text) => {
      if (inText && current) current.text += text;
    },
  );
  return paragraphs;
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 11 → 十一, 25 → 二十五, 105 → 一百零五 (what Word's chineseCounting shows). */
function chineseNumber(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : CHINESE_DIGITS[d]) + unit;
  });
  return out;
}

const SEQUENCES: Record<string, string> = {
  chineseLegalSimplified: '壹贰叁肆伍陆柒捌玖拾',
  ideographTraditional: '甲乙丙丁戊己庚辛壬癸',
  ideographZodiac: '子丑寅卯辰巳午未申酉戌亥',
  decimalEnclosedCircle: '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳',
  decimalEnclosedCircleChinese: '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳',
  decimalEnclosedParen: '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇',
  decimalEnclosedFullstop: '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛',
};

function letters(n: number, upper: boolean): string {
  // Word repeats the letter: a … z, aa … zz.
  const letter = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}


/** A counter value in one of Word's number formats. */
export function formatNumber(n: number, format: string): string {
  const sequence = SEQUENCES[format];
  if (sequence) {
    const chars = [...sequence];
    return n >= 1 && n <= chars.length ? chars[n - 1]! : String(n);
  }
  switch (format) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return toRoman(n);
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).replace(/\d/g, (d) => '〇一二三四五六七八九'[Number(d)]!);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/**
 * The numbering label Word shows in front of each paragraph (undefined for
 * unnumbered paragraphs and bullets), in document order.
 */
function numberingLabels(paragraphs: ParagraphInfo[], numbering: Numbering, styles: ReturnType<typeof parseStyleNumbering>): Array<string | undefined> {
  // Counters continue across w:num instances of one abstract list, as in Word; a start override restarts.
  const counters = new Map<string, number[]>();
  const overridden = new Set<string>();
  return paragraphs.map((paragraph) => {
    let numId = paragraph.numId;
    let ilvl = paragraph.ilvl;
    for (let style = paragraph.style, hops = 0; style && hops < 10 && (numId === undefined || ilvl === undefined); hops++) {
      const info = styles.get(style);
      if (!info) break;
      numId ??= info.numId;
      if (info.numId !== undefined || numId !== undefined) ilvl ??= info.ilvl;
      style = info.basedOn;
    }
    if (numId === undefined || numId === '0') return undefined;
    const num = numbering.nums.get(numId);
    const levels = num ? numbering.abstract.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl ?? 0);
    if (!num || !levels || !level || level.format === 'bullet') return undefined;
    const key = num.abstractId;
    const counts = counters.get(key) ?? [];
    counters.set(key, counts);
    const at = ilvl ?? 0;
    const override = num.startOverride.get(at);
    if (override !== undefined && !overridden.has(`${numId}:${at}`)) {
      overridden.add(`${numId}:${at}`);
      counts[at] = override;
    } else {
      counts[at] = counts[at] === undefined ? level.start : counts[at]! + 1;
    }
    counts.length = at + 1;
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const other = levels.get(index);
      const value = counts[index] ?? other?.start ?? 1;
      return formatNumber(value, level.legal && index < at ? 'decimal' : (other?.format ?? 'decimal'));
    });
    if (!label.trim()) return undefined;
    // Word puts a tab (or space) after the label. Chinese text has none after 、, a full stop, a closing
    // bracket or a circled number (一、总则, 1.范围, ①电话); a space stays after 第一章 and the like.
    const separator = level.suffix === 'nothing' || /[、,，.．:：)）】」\u2460-\u24ff\u3251-\u32bf]$/.test(label) ? '' : ' ';
    return label + separator;
  });
}

// --- reading -----------------------------------------------------------------

const squash = (text: string) => text.replace(/\s+/g, '');

/** Options of {@link readDocx}. */
export interface DocxOptions {
  /** Largest total uncompressed size accepted (default {@link DEFAULT_MAX_UNZIPPED_BYTES}); checked before mammoth inflates anything. */
  maxUnzippedBytes?: number;
}

/**
 * Reads a .docx file's bytes. Never throws: a file that is not a Word
 * document gets a message for the user instead. mammoth's notes about the
 * document go on `file` as info messages.
 */
export async function readDocx(bytes: Uint8Array, file?: VFile, options: DocxOptions = {}): Promise<DocxResult> {
  // A zip bomb is refused before mammoth (which inflates every part in memory) sees it.
  const size = await checkZipSize(bytes, file?.basename ?? 'Word 文档', options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES);
  if (!size.ok) return { error: size.stage === 'unreadable' ? NOT_DOCX_MESSAGE : size.error };
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (entry) => ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'].includes(entry.name),
    });
  } catch {
    return { error: NOT_DOCX_MESSAGE };
  }
  const documentXml = parts['word/document.xml'];
  if (!documentXml) return { error: NOT_DOCX_MESSAGE };

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true },
    );
    html = result.value;
    // mammoth reports styles it did not map, once per style: worth knowing, not a problem.
    for (const message of new Set(result.messages.map((m) => m.message)).values()) {
      file?.info(`Word 文档转换提示:${message}`, { source: 'import:read', ruleId: 'docx-note' });
    }
  } catch {
    return { error: NOT_DOCX_MESSAGE };
  }

  const decoder = new TextDecoder();
  const paragraphs = parseParagraphs(decoder.decode(documentXml));
  const numbering = parseNumbering(parts['word/numbering.xml'] && decoder.decode(parts['word/numbering.xml']));
  const styles = parseStyleNumbering(parts['word/styles.xml'] && decoder.decode(parts['word/styles.xml']));
  const labels = numberingLabels(paragraphs, numbering, styles);

  const lines = htmlToLines(html, { numberOrderedLists: false, lineNumbers: 'block' });
  // Put each label back on its paragraph: match mammoth's blocks to document paragraphs in order, by text.
  let next = 0;
  let restored = 0;
  for (const line of lines) {
    if (line.table) continue; // a table row joins several paragraphs
    const wanted = squash(line.text);
    if (!wanted) continue;
    for (let i = next; i < Math.min(paragraphs.length, next + 200); i++) {
      const have = squash(paragraphs[i]!.text);
      if (have === wanted || (wanted.length >= 4 && have.startsWith(wanted))) {
        next = i + 1;
        const label = labels[i];
        if (label && !OWN_NUMBERING.test(line.text)) {
          line.text = label + line.text;
          restored++;
        }
        break;
      }
    }
  }
  if (restored > 0) {
    file?.info(`已补回 Word 自动编号 ${restored} 处(如“一、”“1.”)`, { source: 'import:read', ruleId: 'docx-numbering' });
  }
  return { lines };
}
