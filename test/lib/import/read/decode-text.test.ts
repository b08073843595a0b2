import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, isDecodeFailure, type DecodedText } from '../../../../src/lib/import/read/decode-text.ts';
import { SHORT_SIMPLIFIED, SHORT_TRADITIONAL, SIMPLIFIED_TEXT, TRADITIONAL_TEXT } from './sentences.ts';

function decoded(bytes: Uint8Array): DecodedText {
  const result = decodeText(bytes);
  if (isDecodeFailure(result)) throw new Error(result.error);
  return result;
}

/** Chinese with full-width punctuation only: its UTF-16 has no NUL bytes. */
const SIMPLIFIED_LINES_NO_ASCII = '门店早班开店流程。店长提前到店\uFF0C检查门窗水电是否正常。组织员工召开晨会。';

const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    const result = decoded(encode(SIMPLIFIED_TEXT, 'utf8'));
    expect(result).toMatchObject({ text: SIMPLIFIED_TEXT, encoding: 'UTF-8', bom: false });
    expect(result.confidence).toBeGreaterThan(0.9);
  });

  it('reads UTF-8 with a BOM and strips it', () => {
    const result = decoded(withBom([0xef, 0xbb, 0xbf], encode(TRADITIONAL_TEXT, 'utf8')));
    expect(result).toMatchObject({ text: TRADITIONAL_TEXT, encoding: 'UTF-8', bom: true, confidence: 1 });
  });

  it('reads pure ASCII as UTF-8', () => {
    expect(decoded(encode('KPI: 95%\n', 'utf8'))).toMatchObject({ encoding: 'UTF-8', text: 'KPI: 95%\n' });
  });

  for (const [name, encoding, bom] of [
    ['UTF-16LE', 'utf16le', [0xff, 0xfe]],
    ['UTF-16BE', 'utf16be', [0xfe, 0xff]],
  ] as const) {
    it(`reads ${name} with a BOM`, () => {
      const result = decoded(withBom([...bom], encode(TRADITIONAL_TEXT, encoding)));
      expect(result).toMatchObject({ text: TRADITIONAL_TEXT, encoding: name, bom: true });
    });

    it(`reads ${name} without a BOM when the text has ASCII (NUL pattern)`, () => {
      const text = `Version 2\r\n${SIMPLIFIED_TEXT}\r\nKPI 1-5`;
      expect(decoded(encode(text, encoding))).toMatchObject({ text, encoding: name, bom: false });
    });

    it(`reads ${name} without a BOM when the text is all Chinese (no NULs at all)`, () => {
      const text = SIMPLIFIED_LINES_NO_ASCII;
      expect(decoded(encode(text, encoding))).toMatchObject({ text, encoding: name });
    });
  }

  it('reads GBK-encoded Simplified text as GB18030, short and long', () => {
    expect(decoded(encode(SIMPLIFIED_TEXT, 'gbk'))).toMatchObject({ text: SIMPLIFIED_TEXT, encoding: 'GB18030' });
    expect(decoded(encode(SHORT_SIMPLIFIED, 'gbk'))).toMatchObject({ text: SHORT_SIMPLIFIED, encoding: 'GB18030' });
  });

  it('reads Traditional text stored as GBK as GB18030 (not Big5)', () => {
    expect(decoded(encode(TRADITIONAL_TEXT, 'gbk'))).toMatchObject({ text: TRADITIONAL_TEXT, encoding: 'GB18030' });
    expect(decoded(encode(SHORT_TRADITIONAL, 'gbk'))).toMatchObject({ text: SHORT_TRADITIONAL, encoding: 'GB18030' });
  });

  it('reads Big5-encoded text as Big5, short and long', () => {
    // Big5 has no 并 (Simplified); the fixture's one such character is written the Traditional way here.
    const text = TRADITIONAL_TEXT.replaceAll('并', '並');
    const long = decoded(encode(text, 'big5'));
    expect(long).toMatchObject({ text, encoding: 'Big5' });
    expect(long.confidence).toBeGreaterThan(0.8);
    expect(decoded(encode(SHORT_TRADITIONAL, 'big5'))).toMatchObject({ text: SHORT_TRADITIONAL, encoding: 'Big5' });
    expect(decoded(encode('職責', 'big5'))).toMatchObject({ text: '職責', encoding: 'Big5' });
  });

  it('reads GB18030 four-byte characters', () => {
    const text = '员工食堂供应𠮷野家套餐。'; // 𠮷 is outside GBK: GB18030 writes it in four bytes
    expect(decoded(encode(text, 'gb18030'))).toMatchObject({ text, encoding: 'GB18030' });
  });

  it('keeps undecodable bytes visible as U+FFFD and counts them', () => {
    const bytes = new Uint8Array([...encode(SIMPLIFIED_TEXT, 'gbk'), 0xff, ...encode('结束。', 'gbk')]);
    const result = decoded(bytes);
    expect(result.encoding).toBe('GB18030');
    expect(result.invalid).toBe(1);
    expect(result.text).toContain('\uFFFD结束。');
  });

  it('gives up on bytes that read as no text at all', () => {
    // Random high bytes: every candidate decoding is mostly rare or private-use characters.
    let seed = 42;
    const random = new Uint8Array(400).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return 0x80 + (seed % 0x80);
    });
    const result = decodeText(random);
    expect(isDecodeFailure(result)).toBe(true);
    if (isDecodeFailure(result)) expect(result.error).toMatch(/^无法识别文件编码/);
  });
});
