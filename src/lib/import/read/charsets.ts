/**
 * Character knowledge shared by encoding detection and GBK-shift repair:
 * which Han characters are common, and a GBK double-byte table in both
 * directions.
 *
 * "Common" is derived from the encodings themselves rather than shipped as a
 * list: GB2312 level 1 (3,755 everyday Simplified characters, bytes B0A1–D7F9)
 * and Big5 level 1 (5,401 everyday Traditional characters, A440–C67E). Real
 * Chinese prose is ~98% inside their union; a wrong decoding or a garble is not.
 */

/** Decodes one double-byte code, or undefined when the pair is not a character. */
function decodePair(decoder: TextDecoder, lead: number, trail: number): string | undefined {
  try {
    const text = decoder.decode(new Uint8Array([lead, trail]));
    return text.length >= 1 && !text.includes('\uFFFD') && [...text].length === 1 ? text : undefined;
  } catch {
    return undefined;
  }
}

let gbLevel1Set: Set<string> | undefined;
let big5Level1Set: Set<string> | undefined;

/** GB2312 level-1 characters (everyday Simplified, plus characters shared with Traditional). */
export function gb2312Level1(): Set<string> {
  if (!gbLevel1Set) {
    const decoder = new TextDecoder('gb18030', { fatal: true });
    gbLevel1Set = new Set();
    for (let lead = 0xb0; lead <= 0xd7; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) {
        const ch = decodePair(decoder, lead, trail);
        if (ch) gbLevel1Set.add(ch);
      }
    }
  }
  return gbLevel1Set;
}

/** Big5 level-1 characters (everyday Traditional). */
export function big5Level1(): Set<string> {
  if (!big5Level1Set) {
    const decoder = new TextDecoder('big5', { fatal: true });
    big5Level1Set = new Set();
    for (let lead = 0xa4; lead <= 0xc6; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail > 0x7e && trail < 0xa1) continue;
        if (lead === 0xc6 && trail > 0x7e) break;
        const ch = decodePair(decoder, lead, trail);
        if (ch) big5Level1Set.add(ch);
      }
    }
  }
  return big5Level1Set;
}

/** Punctuation and symbols ordinary Chinese text uses (full-width forms included). */
const COMMON_PUNCTUATION = new Set(
  '，。、；：？！“”‘’（）《》〈〉【】〔〕「」『』—…·－～•●○■□△▲◆◇★☆√×÷±≤≥℃％‰№§←→↑↓①②③④⑤⑥⑦⑧⑨⑩⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ　',
);

/** True for a Han character in everyday use (GB2312 or Big5 level 1). */
export function isCommonHan(ch: string): boolean {
  return gb2312Level1().has(ch) || big5Level1().has(ch);
}

/** True for characters ordinary text is made of: ASCII, common Han, common punctuation, full-width ASCII. */
export function isCommonChar(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x09 || code === 0x0a || code === 0x0d) return true;
  if (code >= 0x20 && code < 0x7f) return true;
  if (code >= 0xff01 && code <= 0xff5e) return true;
  return COMMON_PUNCTUATION.has(ch) || isCommonHan(ch);
}

export function isPrivateUse(code: number): boolean {
  return (code >= 0xe000 && code <= 0xf8ff) || (code >= 0xf0000 && code <= 0x10ffff);
}

export function isHan(ch: string): boolean {
  return /\p{Script=Han}/u.test(ch);
}

/** Counts used to judge how plausible a decoded text is. */
export interface TextStats {
  /** Non-whitespace characters looked at. */
  chars: number;
  /** Characters ordinary text is made of (see {@link isCommonChar}). */
  common: number;
  han: number;
  /** Han characters outside both level-1 sets. */
  rareHan: number;
  replacement: number;
  privateUse: number;
  /** C0/C1 control characters other than tab and line breaks. */
  control: number;
}

/** Character statistics of `text` (whitespace ignored). */
export function textStats(text: string): TextStats {
  const stats: TextStats = { chars: 0, common: 0, han: 0, rareHan: 0, replacement: 0, privateUse: 0, control: 0 };
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000 || code === 0xa0) continue;
    stats.chars++;
    if (ch === '\uFFFD') stats.replacement++;
    else if (isPrivateUse(code)) stats.privateUse++;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) stats.control++;
    if (isHan(ch)) {
      stats.han++;
      if (!isCommonHan(ch)) stats.rareHan++;
    }
    if (isCommonChar(ch)) stats.common++;
  }
  return stats;
}

/**
 * Plausibility of a decoding in [-∞, 1]: share of ordinary characters, with
 * replacement, private-use and control characters counted heavily against it
 * (a right decoding has almost none of them; a wrong one has many).
 */
export function plausibility(stats: TextStats): number {
  if (stats.chars === 0) return 0;
  const bad = 3 * stats.replacement + 2 * stats.privateUse + 2 * stats.control;
  return (stats.common - bad) / stats.chars;
}

// --- GBK double-byte table ---------------------------------------------------

let gbkDecodeTable: Array<string | undefined> | undefined;
let gbkEncodeTable: Map<string, number> | undefined;

/** Index of a lead/trail pair in the table. */
function pairIndex(lead: number, trail: number): number {
  return (lead - 0x81) * 256 + trail;
}

function buildGbkTables(): void {
  if (gbkDecodeTable) return;
  const decoder = new TextDecoder('gb18030', { fatal: true });
  gbkDecodeTable = new Array(126 * 256);
  gbkEncodeTable = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decodePair(decoder, lead, trail);
      if (!ch) continue;
      gbkDecodeTable[pairIndex(lead, trail)] = ch;
      if (!gbkEncodeTable.has(ch)) gbkEncodeTable.set(ch, (lead << 8) | trail);
    }
  }
  // GB18030 decodes the single byte 0x80 as the euro sign; GBK encoders write it so.
  gbkEncodeTable.set('€', 0x80);
}

/** The character a GBK lead/trail pair decodes to, if any. */
export function gbkChar(lead: number, trail: number): string | undefined {
  buildGbkTables();
  if (lead < 0x81 || lead > 0xfe || trail < 0x40 || trail > 0xfe || trail === 0x7f) return undefined;
  return gbkDecodeTable![pairIndex(lead, trail)];
}

/** GBK bytes of one character (ASCII: one byte), or undefined when GBK cannot encode it. */
export function gbkBytesOf(ch: string): number[] | undefined {
  buildGbkTables();
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x80) return [code];
  const pair = gbkEncodeTable!.get(ch);
  if (pair === undefined) return undefined;
  return pair === 0x80 ? [0x80] : [pair >> 8, pair & 0xff];
}

/** GBK bytes of `text`, or undefined when a character is outside GBK. */
export function encodeGbk(text: string): number[] | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const bytes = gbkBytesOf(ch);
    if (!bytes) return undefined;
    out.push(...bytes);
  }
  return out;
}

/**
 * Decodes GBK bytes the way a GBK decoder steps through them (ASCII single,
 * 0x80 as €, lead + trail as one character). Returns undefined if any pair is
 * invalid or the bytes end inside a character.
 */
export function decodeGbk(bytes: readonly number[]): string | undefined {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) out += String.fromCharCode(byte);
    else if (byte === 0x80) out += '€';
    else {
      const trail = bytes[i + 1];
      if (trail === undefined) return undefined;
      const ch = gbkChar(byte, trail);
      if (!ch) return undefined;
      out += ch;
      i++;
    }
  }
  return out;
}
