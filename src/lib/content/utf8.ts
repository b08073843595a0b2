/**
 * Reading content files as UTF-8 and finding the lines that are not.
 *
 * A file saved in GBK or Big5 by an editor decodes to replacement characters
 * (or makes Astro's loader fail), so the checker names each bad line instead
 * of publishing mojibake.
 */

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export interface DecodedText {
  /** The text, with U+FFFD where bytes were not UTF-8. */
  text: string;
  /** 1-based lines holding bytes that are not UTF-8; empty for a valid file. */
  badLines: number[];
}

/** Decodes `bytes` as UTF-8 and lists the lines that are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes), badLines: [] };
  } catch {
    // Only an invalid file pays for the line-by-line pass.
  }
  const badLines: number[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    try {
      strict.decode(bytes.subarray(start, i));
    } catch {
      badLines.push(line);
    }
    start = i + 1;
    line++;
  }
  return { text: lenient.decode(bytes), badLines };
}

/** The message for a file with lines that are not UTF-8. */
export function invalidUtf8Message(badLines: readonly number[]): string {
  const shown = badLines.slice(0, 10).join('、');
  return `文件不是 UTF-8 编码:第 ${shown}${badLines.length > 10 ? ` 等 ${badLines.length}` : ''} 行有无法识别的字节(常见于用 GBK 或 Big5 编码保存的文件)。请在编辑器里用“UTF-8”编码重新保存这个文件`;
}
