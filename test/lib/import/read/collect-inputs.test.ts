import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs, unsupportedMessage } from '../../../../src/lib/import/read/collect-inputs.ts';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'collect-inputs-'));
  const put = (path: string, text = '内容') => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  put('mixed/b.txt');
  put('mixed/a.DOCX');
  put('mixed/说明.html');
  put('mixed/report.xls');
  put('mixed/old.wps');
  put('mixed/README');
  put('mixed/~$a.docx');
  put('mixed/.hidden.txt');
  put('mixed/.git/config.txt');
  put('mixed/node_modules/pkg/readme.md');
  put('mixed/sub/c.htm');
  put('mixed/sub/deeper/d.md');
  put('mixed/sub/deeper/e.text');
  put('single.txt');
  mkdirSync(join(root, 'empty'));
  put('only-xls/sheet.xls');
  symlinkSync(join(root, 'mixed'), join(root, 'mixed', 'sub', 'loop'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('collectInputs', () => {
  it('expands a folder recursively, sorted, skipping hidden entries, node_modules and Word lock files', async () => {
    const { files, problems } = await collectInputs([join(root, 'mixed')]);
    expect(files.map((file) => file.slice(root.length + 1))).toEqual([
      'mixed/a.DOCX',
      'mixed/b.txt',
      'mixed/sub/c.htm',
      'mixed/sub/deeper/d.md',
      'mixed/sub/deeper/e.text',
      'mixed/说明.html',
    ]);
    expect(problems.map((problem) => [problem.path.slice(root.length + 1), problem.message])).toEqual([
      ['mixed/README', '不支持的文件类型(没有扩展名):请另存为 .docx 或 .txt 后再导入'],
      ['mixed/old.wps', '不支持的文件类型 .wps:请在 WPS 中另存为 .docx 后再导入'],
      ['mixed/report.xls', '不支持的文件类型 .xls:表格文件不能直接导入:请把内容复制到 Word 另存为 .docx 后再导入'],
    ]);
  });

  it('takes files as given, reports missing paths and empty folders, and lists a file once', async () => {
    const single = join(root, 'single.txt');
    const missing = join(root, 'nope.txt');
    const { files, problems } = await collectInputs([single, missing, join(root, 'empty'), single, join(root, 'only-xls')]);
    expect(files).toEqual([single]);
    expect(problems).toEqual([
      { path: missing, message: '找不到这个文件或文件夹:请检查路径是否写对' },
      { path: join(root, 'empty'), message: '文件夹里没有可导入的文件(支持 .txt .docx .doc .pdf .html 等)' },
      { path: join(root, 'only-xls', 'sheet.xls'), message: '不支持的文件类型 .xls:表格文件不能直接导入:请把内容复制到 Word 另存为 .docx 后再导入' },
    ]);
  });

  it('gives advice for common formats it cannot read', () => {
    expect(unsupportedMessage('a.wps')).toBe('不支持的文件类型 .wps:请在 WPS 中另存为 .docx 后再导入');
    expect(unsupportedMessage('表.XLSX')).toMatch(/^不支持的文件类型 \.xlsx:表格文件不能直接导入/);
  });
});
