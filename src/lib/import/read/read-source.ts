/**
 * Stage 1 of the importer: one input file → {@link SourceText} (decoded lines
 * with their source line numbers), or a message saying why it cannot be read.
 *
 * Nothing here throws for bad input: a binary file, an empty file, an unknown
 * encoding, an oversized file or a folder each get one clear Chinese message,
 * so one bad file never stops a whole import.
 */
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { VFile } from 'vfile';
import type { SourceLine, SourceText } from '../model.ts';
import { isSupported, unsupportedMessage } from './collect-inputs.ts';
import { plausibility, textStats } from './charsets.ts';
import { decodeText, isDecodeFailure, utf16ByNulPattern, type DecodedText } from './decode-text.ts';
import { readDoc } from './read-doc.ts';
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';
import { markTextTables } from './text-tables.ts';
import { decodeHtml, htmlToLines } from './read-html.ts';
import { repairGbkShift } from './repair-gbk-shift.ts';

/** Default size limit: far above any handbook document, far below what would strain memory. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  /** Largest file read, in bytes (default {@link DEFAULT_MAX_BYTES}). Checked before reading. */
  maxBytes?: number;
  /** Repair GBK byte-shift garbles (default true). */
  repair?: boolean;
  /** Largest total uncompressed size of a .docx (default 200 MB); see zip-guard.ts. */
  maxUnzippedBytes?: number;
}

/** A file that could not be read, and why (Chinese, for the user). */
export interface ReadFailure {
  path: string;
  error: string;
}

export type ReadResult = SourceText | ReadFailure;

/** Type guard for {@link readSource}'s failure. */
export function isReadFailure(result: ReadResult): result is ReadFailure {
  return 'error' in result;
}

const SOURCE = 'import:read';
const MB = 1024 * 1024;

function megabytes(bytes: number, digits: number): string {
  return (bytes / MB).toFixed(digits);
}

/** The user-facing message for a file over the limit. */
export function tooLargeMessage(size: number, limit: number): string {
  const limitText = Number.isInteger(limit / MB) ? megabytes(limit, 0) : megabytes(limit, 1);
  return `文件太大(${megabytes(size, 1)} MB),超过 ${limitText} MB 上限:请拆分后再导入`;
}

export const EMPTY_MESSAGE = '文件是空的';

/** What kind of non-text file the bytes look like, if they do. */
export function binaryKind(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | 'image' | 'binary' | undefined {
  const startsWith = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (startsWith(0x89, 0x50, 0x4e, 0x47) || startsWith(0xff, 0xd8, 0xff) || startsWith(0x47, 0x49, 0x46, 0x38)) return 'image';
  if (startsWith(0x52, 0x61, 0x72, 0x21) || startsWith(0x37, 0x7a, 0xbc, 0xaf)) return 'zip';
  // Byte-order marks announce text (UTF-16 is full of NULs).
  if (startsWith(0xef, 0xbb, 0xbf) || startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) return undefined;
  const n = Math.min(bytes.length, 64 * 1024);
  const head = bytes.subarray(0, n);
  let nul = 0;
  let control = 0;
  for (const byte of head) {
    if (byte === 0) nul++;
    // Control bytes other than tab, line breaks, form feed and escape never occur in text files.
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  if (nul === 0 && control <= Math.max(2, n * 0.01)) return undefined;
  const even = head.length % 2 === 0 ? head : head.subarray(0, head.length - 1);
  if (nul > 0 && utf16ByNulPattern(even)) return undefined;
  // UTF-16 of Chinese without a BOM has no NULs but bytes below 0x20 (万 is 07 4E): it still reads as text.
  for (const label of ['utf-16le', 'utf-16be']) {
    if (plausibility(textStats(new TextDecoder(label).decode(even))) >= 0.8) return undefined;
  }
  return 'binary';
}

/** The user-facing message for a non-text file. */
function binaryMessage(kind: NonNullable<ReturnType<typeof binaryKind>>): string {
  switch (kind) {
    case 'pdf':
      return '不是文本文件(看起来是 PDF 文件):请把扩展名改为 .pdf 后再导入';
    case 'zip':
      return '不是文本文件(看起来是压缩包):请解压后导入其中的文件';
    case 'ole':
      return '不是文本文件(看起来是旧版 Word/Excel 文件 .doc/.xls):Word 文件请把扩展名改为 .doc,Excel 文件请另存为 .docx 后再导入';
    case 'image':
      return '不是文本文件(看起来是图片):请把文字另存为 .docx 或 .txt 后再导入';
    default:
      return '不是文本文件(含有二进制内容),无法导入:请确认文件是 .txt、.docx 或 .html';
  }
}

/** Normalises line content: invisible marks out, odd spaces to plain spaces (one for one, so columns stay). */
export function normaliseLineText(text: string): string {
  return (
    text
      // A BOM in the middle of text comes from files pasted together; zero-width spaces are invisible anyway.
      .replace(/[\uFEFF\u200B]/g, '')
      // NBSP, full-width and typographic spaces: one space each, so indentation and table gaps keep their width.
      .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
      // Form feed / vertical tab (page breaks in Word text exports) would break later line handling.
      .replace(/[\f\v]/g, ' ')
  );
}

/** Text → lines numbered from 1, CRLF/CR/LF all ending a line. */
export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line, i) => ({ line: i + 1, text: normaliseLineText(line) }));
}

function isBlank(lines: readonly SourceLine[]): boolean {
  return lines.every((line) => !line.text.trim());
}

/** Notes about the decoding: the encoding always (info), doubts and undecodable bytes as warnings. */
function reportDecoding(file: VFile, decoded: DecodedText, lines: readonly SourceLine[]): void {
  file.info(`编码:${decoded.encoding}(${decoded.reason},把握 ${Math.round(decoded.confidence * 100)}%)`, {
    source: SOURCE,
    ruleId: 'encoding',
  });
  if (decoded.confidence < 0.6) {
    file.message(`文件编码不能完全确定,已按 ${decoded.encoding} 读取:如有乱码,请另存为 UTF-8 编码后重新导入`, {
      source: SOURCE,
      ruleId: 'encoding-uncertain',
    });
  }
  if (decoded.invalid > 0) {
    // One message per line (at most 20): the user needs to know where to look, not every byte.
    let reported = 0;
    for (const line of lines) {
      const column = line.text.indexOf('\uFFFD');
      if (column === -1) continue;
      if (reported++ >= 20) break;
      file.message(`第 ${line.line} 行有无法识别的字符(显示为 �),原文可能已损坏`, {
        place: { line: line.line, column: column + 1 },
        source: SOURCE,
        ruleId: 'invalid-bytes',
      });
    }
  }
}

/** Lines of a reader (HTML, Word, PDF) with their text normalised as plain text's is. */
function normalised(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((line) => ({ ...line, text: normaliseLineText(line.text) }));
}

/** A file under a Word name that is really a web page (Word's "save as web page"): an HTML tag near its start. */
function looksLikeHtml(text: string): boolean {
  return /<(html|body|p|div|table)\b/i.test(text.slice(0, 4096));
}

/** Lines from decoded text (plain text, with its aligned tables marked, or an HTML page's blocks). */
function linesOf(decoded: DecodedText, html: boolean): SourceLine[] {
  if (!html) return markTextTables(splitLines(decoded.text));
  return normalised(htmlToLines(decoded.text));
}

/**
 * Reads one input file into decoded, numbered lines. Dispatches on the
 * extension (.docx, .doc, .pdf, .html/.htm, otherwise text), checking the
 * bytes are what the extension says. Returns `{ path, error }`
 * instead of throwing when the file cannot be read; messages about what was
 * detected or repaired are on the result's `file`.
 */
export async function readSource(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fail = (error: string): ReadFailure => ({ path, error });

  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'EACCES' || code === 'EPERM' ? '没有权限读取这个文件' : '找不到这个文件:请检查路径是否写对');
  }
  if (info.isDirectory()) return fail('这是一个文件夹,不是文件:请把文件夹交给导入命令,由它逐个读取其中的文件');
  if (!info.isFile()) return fail('这不是普通文件,无法导入');
  if (!isSupported(path)) return fail(unsupportedMessage(path));
  // Size is checked before reading: an oversized file is never loaded.
  if (info.size > maxBytes) return fail(tooLargeMessage(info.size, maxBytes));
  if (info.size === 0) return fail(EMPTY_MESSAGE);

  let bytes: Uint8Array;
  try {
    // Read through one handle, at most maxBytes: the file may have grown since stat.
    const handle = await open(path, 'r');
    try {
      const buffer = new Uint8Array(Math.min(info.size, maxBytes));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      bytes = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return fail('无法读取这个文件:请检查文件是否被其他程序占用或没有权限');
  }

  const file = new VFile({ path });
  const ext = extname(path).toLowerCase();
  let encoding: string;
  let lines: SourceLine[];

  if (ext === '.doc' || ext === '.pdf') {
    const kind = binaryKind(bytes);
    const expected = ext === '.doc' ? 'ole' : 'pdf';
    if (kind === expected) {
      const result = ext === '.doc' ? await readDoc(bytes, file) : await readPdf(bytes, file);
      if ('error' in result) return fail(result.error);
      lines = normalised(result.lines);
      encoding = ext.slice(1);
    } else if (ext === '.doc' && kind === 'zip') {
      // A .docx saved under the old extension.
      const result = await readDocx(bytes, file, { maxUnzippedBytes: options.maxUnzippedBytes });
      if ('error' in result) return fail(result.error);
      file.message('这个 .doc 文件其实是新版 Word 文档(.docx),已按 .docx 读取', { source: SOURCE, ruleId: 'doc-is-docx' });
      lines = normalised(result.lines);
      encoding = 'docx';
    } else if (ext === '.doc' && !kind) {
      // Word's "save as web page" and RTF exports are often named .doc: read them as what they are.
      const decoded = decodeText(bytes);
      if (isDecodeFailure(decoded)) return fail(decoded.error);
      if (/^\{\\rtf/u.test(decoded.text)) return fail('这个 .doc 文件其实是 RTF 格式:请在 Word 中另存为 .docx 后再导入');
      const html = looksLikeHtml(decoded.text);
      file.message(`这个 .doc 文件其实是${html ? '网页' : '纯文本'},已按${html ? '网页' : '文本'}读取`, { source: SOURCE, ruleId: 'doc-not-ole' });
      lines = linesOf(decoded, html);
      encoding = decoded.encoding;
      reportDecoding(file, decoded, lines);
    } else {
      return fail(ext === '.pdf' ? '不是有效的 PDF 文件(文件开头没有 PDF 标记):文件可能已损坏或改了扩展名' : binaryMessage(kind ?? 'binary'));
    }
  } else if (ext === '.docx') {
    const kind = binaryKind(bytes);
    if (kind === 'ole') {
      // A legacy Word file renamed to .docx: read it as what it is.
      const result = await readDoc(bytes, file);
      if ('error' in result) return fail(result.error);
      file.message('这个 .docx 文件其实是旧版 Word 文档(.doc),已按 .doc 读取', { source: SOURCE, ruleId: 'docx-is-doc' });
      lines = normalised(result.lines);
      encoding = 'doc';
    } else if (kind !== 'zip') {
      // Some systems export HTML or text with a .docx name; read it as what it is.
      if (kind) return fail(binaryMessage(kind));
      const decoded = decodeText(bytes);
      if (isDecodeFailure(decoded)) return fail(decoded.error);
      const html = looksLikeHtml(decoded.text);
      file.message(`这个 .docx 文件其实是${html ? '网页' : '纯文本'},已按${html ? '网页' : '文本'}读取`, {
        source: SOURCE,
        ruleId: 'docx-not-zip',
      });
      lines = linesOf(decoded, html);
      encoding = decoded.encoding;
      reportDecoding(file, decoded, lines);
    } else {
      const result = await readDocx(bytes, file, { maxUnzippedBytes: options.maxUnzippedBytes });
      if ('error' in result) return fail(result.error);
      lines = normalised(result.lines);
      encoding = 'docx';
    }
  } else {
    const kind = binaryKind(bytes);
    if (kind) return fail(binaryMessage(kind));
    const html = ext === '.html' || ext === '.htm';
    const decoded = html ? decodeHtml(bytes) : decodeText(bytes);
    if (isDecodeFailure(decoded)) return fail(decoded.error);
    lines = linesOf(decoded, html);
    // The model names the format for HTML, as for docx; the charset found is in the 'encoding' info message.
    encoding = html ? 'html' : decoded.encoding;
    reportDecoding(file, decoded, lines);
  }

  if (isBlank(lines)) return fail(ext === '.docx' || ext === '.doc' ? `${EMPTY_MESSAGE}(Word 文档里没有文字)` : EMPTY_MESSAGE);

  if (options.repair !== false) lines = repairGbkShift(lines, file).lines;
  file.value = lines.map((line) => line.text).join('\n');
  return { file, encoding, lines };
}
