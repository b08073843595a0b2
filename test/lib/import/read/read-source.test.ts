import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceText } from '../../../../src/lib/import/model.ts';
import { isReadFailure, readSource, splitLines, type ReadOptions } from '../../../../src/lib/import/read/read-source.ts';
import { SIMPLIFIED_TEXT, TRADITIONAL_LINES, TRADITIONAL_TEXT } from './sentences.ts';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'read-source-'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(name: string, bytes: Uint8Array | string): string {
  const path = join(root, name);
  writeFileSync(path, bytes);
  return path;
}

async function read(path: string, options?: ReadOptions): Promise<SourceText> {
  const result = await readSource(path, options);
  if (isReadFailure(result)) throw new Error(result.error);
  return result;
}

async function failure(path: string, options?: ReadOptions): Promise<string> {
  const result = await readSource(path, options);
  if (!isReadFailure(result)) throw new Error(`expected a failure for ${path}`);
  expect(result.path).toBe(path);
  return result.error;
}

describe('readSource: text files', () => {
  it('reads UTF-8 with CRLF, CR and LF line ends, keeping source line numbers and blank lines', async () => {
    const source = await read(put('mixed-ends.txt', '第一行\r\n第二行\r\r第四行\n'));
    expect(source.encoding).toBe('UTF-8');
    expect(source.lines).toEqual([
      { line: 1, text: '第一行' },
      { line: 2, text: '第二行' },
      { line: 3, text: '' },
      { line: 4, text: '第四行' },
      { line: 5, text: '' },
    ]);
    expect(source.file.path).toBe(join(root, 'mixed-ends.txt'));
    expect(String(source.file.value)).toBe('第一行\n第二行\n\n第四行\n');
    expect(source.file.messages.find((m) => m.ruleId === 'encoding')).toMatchObject({ source: 'import:read', fatal: undefined });
  });

  it('strips a BOM and turns NBSP and full-width spaces into plain spaces, one for one', async () => {
    const source = await read(put('bom.txt', '\uFEFF\u3000\u3000第一条\u00A0总则\u200B\n金额\u3000\u3000万元'));
    expect(source.lines.map((line) => line.text)).toEqual(['  第一条 总则', '金额  万元']);
  });

  it('reads GBK, Big5 and UTF-16 files', async () => {
    const gbk = await read(put('gbk.txt', iconv.encode(SIMPLIFIED_TEXT, 'gbk')));
    expect(gbk.encoding).toBe('GB18030');
    expect(gbk.lines.map((line) => line.text).join('\n')).toBe(SIMPLIFIED_TEXT);

    const big5Text = TRADITIONAL_TEXT.replaceAll('并', '並');
    const big5 = await read(put('big5.txt', iconv.encode(big5Text, 'big5')));
    expect(big5.encoding).toBe('Big5');
    expect(big5.lines.map((line) => line.text).join('\n')).toBe(big5Text);

    const utf16 = await read(put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TRADITIONAL_TEXT, 'utf16le')])));
    expect(utf16.encoding).toBe('UTF-16LE');
    expect(utf16.lines).toHaveLength(TRADITIONAL_LINES.length);

    const utf16NoBom = await read(put('utf16be.txt', iconv.encode('門市排班表\u3002\u5E97\u9577\u8CA0\u8CAC\u3002', 'utf16be')));
    expect(utf16NoBom.encoding).toBe('UTF-16BE');
  });

  it('repairs GBK-shifted runs and reports them on the file', async () => {
    const garbled = TRADITIONAL_LINES.map((line, i) => (i === 1 ? '1、?撠煍M定酒店年度銷售計劃,并報總經理審批后組織實施。' : line));
    const source = await read(put('shifted.txt', garbled.join('\n')));
    expect(source.lines[1]!.text).toBe(TRADITIONAL_LINES[1]);
    expect(source.file.messages.filter((m) => m.ruleId === 'gbk-shift').map((m) => m.line)).toEqual([2]);
    expect(String(source.file.value).split('\n')[1]).toBe(TRADITIONAL_LINES[1]);
    const untouched = await read(join(root, 'shifted.txt'), { repair: false });
    expect(untouched.lines[1]!.text).toBe(garbled[1]);
  });

  it('flags undecodable bytes by line', async () => {
    const bytes = Buffer.concat([iconv.encode(`${SIMPLIFIED_TEXT}\n坏字节:`, 'gbk'), Buffer.from([0xff]), iconv.encode('。\n', 'gbk')]);
    const source = await read(put('bad-bytes.txt', bytes));
    expect(source.encoding).toBe('GB18030');
    const warning = source.file.messages.find((m) => m.ruleId === 'invalid-bytes');
    expect(warning).toMatchObject({ line: SIMPLIFIED_TEXT.split('\n').length + 1, source: 'import:read' });
  });
});

describe('readSource: other formats', () => {
  it('reads an HTML page into block lines with hints; encoding names the format', async () => {
    const page = '<html><head><meta charset="gbk"><script>x()</script></head><body><nav>首页</nav><h2>岗位职责</h2><ul><li>排班</li></ul></body></html>';
    const source = await read(put('page.htm', iconv.encode(page, 'gbk')));
    expect(source.encoding).toBe('html');
    expect(source.lines).toEqual([
      { line: 1, text: '岗位职责', hint: { heading: 2 } },
      { line: 1, text: '排班', hint: { listItem: { ordered: false, depth: 1 } } },
    ]);
    expect(source.file.messages.find((m) => m.ruleId === 'encoding')?.reason).toContain('GB18030');
  });

  it('reads a .docx', async () => {
    const document = new Document({
      sections: [{ children: [new Paragraph({ text: '岗位职责', heading: HeadingLevel.HEADING_1 }), new Paragraph('负责排班。')] }],
    });
    const source = await read(put('jd.docx', new Uint8Array(await Packer.toBuffer(document))));
    expect(source.encoding).toBe('docx');
    expect(source.lines).toEqual([
      { line: 1, text: '岗位职责', hint: { heading: 1 } },
      { line: 2, text: '负责排班。' },
    ]);
  });

  it('reads a .docx that is really a web page (exported by some systems) as a web page, with a warning', async () => {
    const source = await read(put('export.docx', '<html><body><p>第一条 总则</p></body></html>'));
    expect(source.lines.map((line) => line.text)).toEqual(['第一条 总则']);
    expect(source.file.messages.some((m) => m.ruleId === 'docx-not-zip')).toBe(true);
  });
});

describe('readSource: bad input never throws', () => {
  it('rejects binary files, naming what they look like', async () => {
    expect(await failure(put('scan.txt', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj')))).toBe('不是文本文件(看起来是 PDF 文件):请把扩展名改为 .pdf 后再导入');
    expect(await failure(put('archive.txt', zipSync({ 'a.txt': new Uint8Array([1]) })))).toMatch(/^不是文本文件\(看起来是压缩包\)/);
    const binary = new Uint8Array(2048).map((_, i) => (i * 37) % 256);
    expect(await failure(put('data.txt', binary))).toMatch(/^不是文本文件/);
    expect(await failure(put('control.txt', Buffer.from('正文\u0001\u0002\u0003\u0004\u0005\u0006')))).toMatch(/^不是文本文件/);
  });

  it('rejects a zip or an old .doc named .docx', async () => {
    const zip = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
    expect(await failure(put('sheet.docx', zip))).toMatch(/^不是有效的 Word 文档/);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    // Read as the .doc it is; these bytes are only a signature, so it fails as a broken .doc.
    expect(await failure(put('old.docx', ole))).toMatch(/^不是有效的旧版 Word 文档\(\.doc\)/);
  });

  it('rejects empty and whitespace-only files, and documents without text', async () => {
    expect(await failure(put('empty.txt', ''))).toBe('文件是空的');
    expect(await failure(put('blank.txt', '\uFEFF \r\n\t\u3000\n\u00A0'))).toBe('文件是空的');
    expect(await failure(put('blank.html', '<html><body><script>x()</script><p> </p></body></html>'))).toBe('文件是空的');
    const document = new Document({ sections: [{ children: [new Paragraph('')] }] });
    expect(await failure(put('blank.docx', new Uint8Array(await Packer.toBuffer(document))))).toMatch(/^文件是空的/);
  });

  it('rejects undecodable bytes', async () => {
    let seed = 7;
    const noise = new Uint8Array(600).map(() => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return 0x80 + (seed % 0x80);
    });
    expect(await failure(put('noise.txt', noise))).toMatch(/^无法识别文件编码/);
  });

  it('rejects a 50 MB file by its size, without reading it', async () => {
    const path = join(root, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 50 * 1024 * 1024); // sparse: takes no disk space
    expect(await failure(path)).toBe('文件太大(50.0 MB),超过 20 MB 上限:请拆分后再导入');
    expect(await failure(put('small.txt', '一二三四五六七八九十'), { maxBytes: 10 })).toBe('文件太大(0.0 MB),超过 0.0 MB 上限:请拆分后再导入');
  });

  it('rejects folders, missing files and unsupported types', async () => {
    const folder = join(root, 'folder');
    mkdirSync(folder);
    expect(await failure(folder)).toMatch(/^这是一个文件夹/);
    expect(await failure(join(root, 'missing.txt'))).toMatch(/^找不到这个文件/);
    expect(await failure(put('a.xls', 'x'))).toBe('不支持的文件类型 .xls:表格文件不能直接导入:请把内容复制到 Word 另存为 .docx 后再导入');
  });
});

describe('splitLines', () => {
  it('numbers from 1 and treats every line break style alike', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd'].map((text, i) => ({ line: i + 1, text })));
  });
});
