import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isReadFailure, readSource } from '../../../../src/lib/import/read/read-source.ts';
import { NO_TEXT_LAYER_MESSAGE } from '../../../../src/lib/import/read/read-pdf.ts';
import { runImport } from '../../../../src/lib/import/pipeline.ts';

/** Made by scripts/dev/make-format-fixtures.ts (LibreOffice converts one generated .docx). */
const FORMATS = resolve(import.meta.dirname, '../../../fixtures/import/formats');

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'read-formats-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ROWS = [
  ['时间', '事项', '负责人'],
  ['21:50', '播放闭店预告广播', '客服主管'],
  ['22:00', '商户整理商品并清点', '楼层主管'],
  ['22:30', '全面清场并关闭电源', '值班经理'],
];

describe.each(['doc', 'pdf', 'docx'])('closing.%s', (format) => {
  it('reads the text and keeps each table row as one row of cells', async () => {
    const result = await readSource(join(FORMATS, `closing.${format}`));
    if (isReadFailure(result)) throw new Error(result.error);
    expect(result.encoding).toBe(format);
    const texts = result.lines.map((line) => line.text);
    expect(texts).toContain('商场闭店流程');
    expect(texts).toContain('所属部门:运营部');
    expect(texts.some((t) => t.endsWith('闭店前十分钟播放闭店预告广播,提醒顾客有序离场。'))).toBe(true);
    const rows = result.lines.filter((line) => line.table);
    expect(rows.map((line) => line.table!.cells)).toEqual(ROWS);
    expect(rows.map((line) => line.table!.row)).toEqual([0, 1, 2, 3]);
    expect(new Set(rows.map((line) => line.table!.table)).size).toBe(1);
    expect(rows[1]!.text).toBe('21:50\t播放闭店预告广播\t客服主管');
  });
});

describe('PDF and .doc problems', () => {
  it('refuses a PDF without a text layer (a scan) with a clear message', async () => {
    const result = await readSource(join(FORMATS, 'scanned.pdf'));
    expect(isReadFailure(result) && result.error).toBe(NO_TEXT_LAYER_MESSAGE);
    expect(NO_TEXT_LAYER_MESSAGE).toMatch(/^PDF 没有文字层\(可能是扫描件\)/);
  });

  it('applies the same size limit to .doc and .pdf as to other files', async () => {
    const result = await readSource(join(FORMATS, 'closing.pdf'), { maxBytes: 1024 });
    expect(isReadFailure(result) && result.error).toMatch(/^文件太大/);
  });

  it('names a broken or misnamed file', async () => {
    writeFileSync(join(root, 'broken.pdf'), '%PDF-1.4\ngarbage');
    expect(isReadFailure(await readSource(join(root, 'broken.pdf')))).toBe(true);
    writeFileSync(join(root, 'text.pdf'), '这不是 PDF');
    const misnamed = await readSource(join(root, 'text.pdf'));
    expect(isReadFailure(misnamed) && misnamed.error).toMatch(/^不是有效的 PDF 文件/);
    // A .docx saved as .doc is read as the .docx it is.
    copyFileSync(join(FORMATS, 'closing.docx'), join(root, 'renamed.doc'));
    const renamed = await readSource(join(root, 'renamed.doc'));
    expect(!isReadFailure(renamed) && renamed.encoding).toBe('docx');
  });
});

describe('importing the formats', () => {
  it('imports the .doc and the .pdf as the same procedure, with the table as steps', async () => {
    for (const format of ['doc', 'pdf']) {
      const result = await runImport([join(FORMATS, `closing.${format}`)], { outDir: join(root, `out-${format}`), dryRun: true, today: '2026-12-01' });
      expect(result.files[0]!.error).toBeUndefined();
      const doc = result.documents.find((d) => d.kind === 'procedure');
      expect(doc, format).toBeDefined();
      const steps = doc!.frontmatter.steps as Array<{ action: string; time?: string }>;
      expect(steps.filter((s) => s.time).map((s) => [s.time, s.action])).toEqual([
        ['21:50', '播放闭店预告广播'],
        ['22:00', '商户整理商品并清点'],
        ['22:30', '全面清场并关闭电源'],
      ]);
    }
  });
});

describe('PDF page layout', () => {
  it('drops page numbers and running heads, keeps the text', async () => {
    const { dropPageChrome } = await import('../../../../src/lib/import/read/read-pdf.ts');
    const pages = [
      ['运营部管理制度汇编', '商场闭店流程', '一、闭店前十分钟播放闭店预告广播。', '— 1 —'],
      ['运营部管理制度汇编', '二、各楼层管理员按区域清场。', '第 2 页 共 3 页'],
      ['运营部管理制度汇编', '三、值班经理最后巡查。', '3'],
    ];
    expect(dropPageChrome(pages)).toEqual({
      lines: ['商场闭店流程', '一、闭店前十分钟播放闭店预告广播。', '二、各楼层管理员按区域清场。', '三、值班经理最后巡查。'],
      dropped: 6,
    });
    // A number alone in the middle of a page (a form's value) stays; lines on one page only are not running heads.
    expect(dropPageChrome([['2026年计划', '一、目标', '3', '项目'], ['二、措施']]).lines).toEqual(['2026年计划', '一、目标', '3', '项目', '二、措施']);
  });
});
