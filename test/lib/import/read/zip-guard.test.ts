import mammoth from 'mammoth';
import { Document, Packer, Paragraph } from 'docx';
import { VFile } from 'vfile';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDocx } from '../../../../src/lib/import/read/read-docx.ts';
import { centralDirectory, checkDeclaredSize, checkZipSize, DEFAULT_MAX_UNZIPPED_BYTES } from '../../../../src/lib/import/read/zip-guard.ts';
import { docxBomb, zipWith } from '../../../support/zip-bomb.ts';

const GIB = 1024 * 1024 * 1024;

afterEach(() => vi.restoreAllMocks());

describe('zip bomb guard', () => {
  it('refuses a 1 MB .docx that declares 1 GiB, naming the file, before mammoth inflates anything', async () => {
    const bomb = docxBomb(GIB);
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    const convert = vi.spyOn(mammoth, 'convertToHtml');
    const result = await readDocx(bomb, new VFile({ path: '/tmp/岗位说明书.docx' }));
    expect(result).toEqual({ error: expect.stringContaining('“岗位说明书.docx”解压后声明大小为 1024.0 MB,超过 200 MB 上限') });
    expect('error' in result && result.error).toContain('压缩炸弹');
    expect(convert).not.toHaveBeenCalled();
  });

  it('refuses on the declared sizes alone: entries that would not even inflate are never touched', () => {
    // Garbage instead of a deflate stream: inflating it would fail, so a size refusal proves nothing was inflated.
    const garbage = new Uint8Array(4096).fill(0xff);
    const zip = zipWith([{ name: 'word/document.xml', data: garbage, method: 8, declared: 300 * 1024 * 1024 }]);
    const check = checkDeclaredSize(zip, 'a.docx');
    expect(check).toMatchObject({ ok: false, stage: 'declared' });
  });

  it('stops a bomb whose headers lie once the running count passes the limit', async () => {
    const liar = docxBomb(64 * 1024 * 1024, false);
    expect(centralDirectory(liar)!.reduce((n, e) => n + e.size, 0)).toBeLessThan(4096);
    const check = await checkZipSize(liar, '计划.docx', 8 * 1024 * 1024);
    expect(check).toMatchObject({ ok: false, stage: 'inflated' });
    expect(!check.ok && check.error).toMatch(/^“计划.docx”解压到 \d+\.\d MB 时仍未结束,超过 8 MB 上限/);
    const convert = vi.spyOn(mammoth, 'convertToHtml');
    const result = await readDocx(liar, new VFile({ path: '计划.docx' }), { maxUnzippedBytes: 8 * 1024 * 1024 });
    expect('error' in result && result.error).toContain('超过 8 MB 上限');
    expect(convert).not.toHaveBeenCalled();
  });

  it('lets an ordinary Word file through and counts what it really inflates to', async () => {
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('运营部周例会制度')] }] })));
    const check = await checkZipSize(bytes, 'ok.docx');
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.inflated).toBe(check.declared);
      expect(check.declared).toBeLessThan(DEFAULT_MAX_UNZIPPED_BYTES);
    }
    const result = await readDocx(bytes);
    expect('lines' in result && result.lines.map((l) => l.text)).toEqual(['运营部周例会制度']);
  });

  it('reports a file without a central directory as unreadable rather than too large', () => {
    expect(checkDeclaredSize(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.docx')).toMatchObject({ ok: false, stage: 'unreadable' });
  });
});
