/**
 * Bytes → text for plain-text inputs, with the encoding detected rather than
 * assumed. HR's files come from Notepad (UTF-8, UTF-16), old Windows exports
 * (GBK/GB18030) and Taiwanese or Hong Kong systems (Big5), usually without any
 * declaration of which.
 *
 * Order: byte-order mark → UTF-16 without BOM (NUL pattern) → valid UTF-8 →
 * legacy Chinese (GB18030 vs Big5, and BOM-less UTF-16 of pure Chinese), the
 * last decided by scoring each candidate decoding: a right decoding is almost
 * entirely everyday characters, a wrong one is not. chardet only breaks near
 * ties: on short Chinese text it often names the wrong one.
 */
import chardet from 'chardet';
import { plausibility, textStats } from './charsets.ts';

/** Encodings this reader can return. */
export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** 0–1: how sure the detection is. */
  confidence: number;
  /** A byte-order mark was present (and has been removed from `text`). */
  bom: boolean;
  /** How the encoding was decided (Chinese, for the import report's detail). */
  reason: string;
  /** Count of bytes that could not be decoded (shown as U+FFFD in `text`). */
  invalid: number;
}

export interface DecodeFailure {
  error: string;
}

const WHATWG_LABEL: Record<TextEncoding, string> = {
  'UTF-8': 'utf-8',
  'UTF-16LE': 'utf-16le',
  'UTF-16BE': 'utf-16be',
  GB18030: 'gb18030',
  Big5: 'big5',
};

/** How many leading bytes are looked at when scoring candidates (all of them are decoded in the end). */
const SAMPLE_BYTES = 256 * 1024;

/** Below this plausibility no decoding is believed. */
const MIN_PLAUSIBILITY = 0.55;

export const UNDECODABLE_MESSAGE = '无法识别文件编码:请用记事本或 Word 打开后另存为 UTF-8 编码的 .txt,再重新导入';

/** Decodes with a WHATWG decoder (non-fatal: undecodable bytes become U+FFFD). */
function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(WHATWG_LABEL[encoding], { ignoreBOM: true }).decode(bytes);
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Cuts a sample at a safe place: scoring a sample is enough to choose. */
function sample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  // Even length keeps UTF-16 aligned; a split double-byte character costs one U+FFFD at most.
  return bytes.subarray(0, SAMPLE_BYTES);
}

/** True when `bytes` decode as UTF-8 without an error. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of NUL bytes at even and odd offsets (UTF-16 of ASCII-heavy text has one side near 50%). */
function nulPattern(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const half = Math.max(1, n / 2);
  return { even: even / half, odd: odd / half };
}

/** The UTF-16 byte order that the NUL pattern points to, if any. */
export function utf16ByNulPattern(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const { even, odd } = nulPattern(bytes);
  // ASCII in UTF-16LE: "A\0" → NUL at odd offsets; BE: "\0A" → NUL at even offsets.
  if (odd >= 0.2 && even <= odd / 10) return 'UTF-16LE';
  if (even >= 0.2 && odd <= even / 10) return 'UTF-16BE';
  return undefined;
}

function done(
  bytes: Uint8Array,
  encoding: TextEncoding,
  confidence: number,
  reason: string,
  bom = false,
): DecodedText {
  const text = decodeAs(bom ? bytes.subarray(encoding === 'UTF-8' ? 3 : 2) : bytes, encoding);
  return { text, encoding, confidence: Math.round(confidence * 100) / 100, bom, reason, invalid: countReplacement(text) };
}

/** chardet's vote among our candidates, as a name we use. */
function chardetVote(bytes: Uint8Array): TextEncoding | undefined {
  try {
    const matches = chardet.analyse(bytes);
    for (const match of matches) {
      const name = match.name.toUpperCase();
      if (name === 'GB18030' || name === 'GBK' || name === 'GB2312') return 'GB18030';
      if (name === 'BIG5' || name === 'BIG5-HKSCS') return 'Big5';
      if (name === 'UTF-16LE') return 'UTF-16LE';
      if (name === 'UTF-16BE') return 'UTF-16BE';
    }
  } catch {
    // chardet is advisory only.
  }
  return undefined;
}

/**
 * Decodes a text file's bytes, detecting the encoding. Returns a failure when no
 * candidate decoding reads as text (the caller has already ruled out binary files).
 */
export function decodeText(bytes: Uint8Array): DecodedText | DecodeFailure {
  // 1. Byte-order marks are unambiguous.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return done(bytes, 'UTF-8', 1, '文件开头有 UTF-8 标记(BOM)', true);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done(bytes, 'UTF-16LE', 1, '文件开头有 UTF-16LE 标记(BOM)', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done(bytes, 'UTF-16BE', 1, '文件开头有 UTF-16BE 标记(BOM)', true);

  const head = sample(bytes);

  // 2. UTF-16 of text with ASCII in it: NULs at every other byte.
  const byNul = utf16ByNulPattern(head);
  if (byNul) {
    const score = plausibility(textStats(decodeAs(head, byNul)));
    if (score >= MIN_PLAUSIBILITY) return done(bytes, byNul, Math.min(0.99, 0.6 + score / 2.5), `按字节中的空字节规律判断为 ${byNul}`);
  }

  // 3. Valid UTF-8 with non-ASCII bytes practically never happens by chance in GBK or Big5 text.
  let ascii = true;
  for (const byte of head) {
    if (byte >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return done(bytes, 'UTF-8', 1, '只含 ASCII 字符');
  const utf8Valid = isValidUtf8(bytes);
  let utf8Score = -Infinity;
  if (utf8Valid) {
    utf8Score = plausibility(textStats(decodeAs(head, 'UTF-8')));
    if (utf8Score >= MIN_PLAUSIBILITY || head.length >= 16) {
      return done(bytes, 'UTF-8', utf8Score >= 0.8 ? 0.99 : 0.8, '是有效的 UTF-8');
    }
  }

  // 4. Legacy double-byte encodings (and UTF-16 of pure Chinese, which has no NULs): score each decoding.
  const candidates: TextEncoding[] = ['GB18030', 'Big5'];
  if (head.length % 2 === 0) candidates.push('UTF-16LE', 'UTF-16BE');
  const scored = candidates
    .map((encoding) => ({ encoding, score: plausibility(textStats(decodeAs(head, encoding))) }))
    .sort((a, b) => b.score - a.score);
  if (utf8Valid) scored.push({ encoding: 'UTF-8', score: utf8Score });
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored as [{ encoding: TextEncoding; score: number }, { encoding: TextEncoding; score: number }];
  if (best.score < MIN_PLAUSIBILITY) return { error: UNDECODABLE_MESSAGE };

  let choice = best;
  let reason = `按常用字比例判断为 ${best.encoding}`;
  const margin = best.score - second.score;
  if (margin < 0.03 && second.score >= MIN_PLAUSIBILITY) {
    // Near tie (very short text): let chardet decide between the two.
    const vote = chardetVote(head);
    if (vote === second.encoding) {
      choice = second;
      reason = `常用字比例相近,参考统计检测判断为 ${second.encoding}`;
    }
  }
  // Confidence: how plausible the text is, discounted when the runner-up was close.
  const confidence = Math.max(0.3, Math.min(0.98, choice.score)) * (0.6 + 0.4 * Math.min(1, Math.max(0, margin) / 0.2));
  return done(bytes, choice.encoding, confidence, reason);
}

/** Type guard for {@link decodeText}'s failure. */
export function isDecodeFailure(result: DecodedText | DecodeFailure): result is DecodeFailure {
  return 'error' in result;
}
