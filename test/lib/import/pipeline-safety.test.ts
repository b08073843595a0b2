/**
 * Nothing is lost silently: per file the pipeline accounts for every
 * character (kept, set aside, deleted as noise), fails a file that yields
 * nothing, and turns an exception in a stage into a per-file problem naming
 * the lines and the stage instead of ending the file's processing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runImport } from '../../../src/lib/import/pipeline.ts';

vi.mock('../../../src/lib/import/extract/extract-document.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/import/extract/extract-document.ts')>();
  return {
    ...original,
    // A stand-in for a bug in a stage: it throws on one document only.
    extractDocument: (input: Parameters<typeof original.extractDocument>[0]) => {
      if (input.title.includes('出错')) throw new Error('模拟的错误');
      return original.extractDocument(input);
    },
  };
});

vi.mock('../../../src/lib/import/read/read-source.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/import/read/read-source.ts')>();
  return {
    ...original,
    readSource: (path: string, options: Parameters<typeof original.readSource>[1]) => {
      if (path.includes('reader-bug')) throw new Error('模拟的读取错误');
      return original.readSource(path, options);
    },
  };
});

const ROLE = ['第一篇:门店运营主管岗位职责', '一、岗位职责', '1.负责门店日常营运管理,督导各楼层按标准开闭店。', '2.负责处理顾客投诉,跟进处理结果并回访。', '二、任职要求', '1.大专及以上学历。'];

async function importText(name: string, text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'import-safety-'));
  writeFileSync(join(dir, name), text);
  return runImport([join(dir, name)], { outDir: join(dir, 'content'), dryRun: true, today: '2026-11-22' });
}

describe('runImport loses nothing silently', () => {
  it.each(['第二篇:运营管理制度', '运营主管岗位职责篇三'])('does not crash on a file whose last line is a title (%s)', async (last) => {
    const result = await importText('last-title.txt', [...ROLE, last].join('\n'));
    expect(result.files[0]!.error).toBeUndefined();
    expect(result.documents.filter((d) => d.kind === 'role')).toHaveLength(1);
  });

  it('still finds the documents of a long file whose first line opens a <noframes> it never closes', async () => {
    const duties = Array.from({ length: 1500 }, (_, i) => `${i + 1}.负责门店第${i + 1}项日常营运工作,按标准执行并记录。`);
    const text = ['<noframes>本站提供免费范文下载', '第一篇:门店运营主管岗位职责', '一、岗位职责', ...duties, '二、任职要求', '1.大专及以上学历。'].join('\n');
    const result = await importText('noframes.txt', text);
    expect(result.documents.filter((d) => d.kind === 'role')).toHaveLength(1);
    const c = result.files[0]!.characters!;
    expect(c.kept / c.total).toBeGreaterThan(0.95);
    expect(result.files[0]!.problems).toBeUndefined();
  });

  it('turns an exception in a stage into a problem naming the file, the lines and the stage, and keeps the other documents', async () => {
    const text = [...ROLE, '第二篇:出错的岗位职责', '一、岗位职责', '1.负责仓库收发货管理。', '2.负责月度盘点。'].join('\n');
    const result = await importText('stage-error.txt', text);
    const file = result.files[0]!;
    expect(file.error).toBeUndefined();
    expect(file.problems).toEqual(['第 7–10 行在“分类与提取”阶段出错:模拟的错误']);
    expect(file.documents).toBe(1);
    expect(Object.keys(file.characters!.setAside)).toEqual(['处理时出错(见文件的错误)']);
  });

  it('turns an exception while reading into an error of that file and goes on with the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-safety-'));
    writeFileSync(join(dir, 'a-reader-bug.txt'), ROLE.join('\n'));
    writeFileSync(join(dir, 'b-role.txt'), ROLE.join('\n'));
    const result = await runImport([dir], { outDir: join(dir, 'content'), dryRun: true, today: '2026-11-22' });
    expect(result.files.map((f) => [f.path.split(/[\\/]/).pop(), f.error])).toEqual([
      ['a-reader-bug.txt', '在“读取”阶段出错:模拟的读取错误'],
      ['b-role.txt', undefined],
    ]);
  });

  it('accounts for every character of a file: kept, set aside, deleted as noise', async () => {
    const text = ['上一篇:运营部周例会制度', ...ROLE, '第二篇:我的暑假', '今天天气很好,我和妈妈去公园散步,看到了很多花,心情非常愉快。'].join('\n');
    const result = await importText('mixed.txt', text);
    const c = result.files[0]!.characters!;
    expect(c.total).toBe(text.replace(/\s/g, '').length);
    expect(c.noise).toEqual({ '上一篇/下一篇导航': 12 });
    expect(Object.values(c.setAside).reduce((a, b) => a + b, 0)).toBeGreaterThan(25);
    expect(c.kept).toBeGreaterThan(50);
    // What is not in a document or a rule is only the 第N篇 markers.
    const setAside = Object.values(c.setAside).reduce((a, b) => a + b, 0);
    expect(c.total - c.kept - setAside - 12).toBeLessThanOrEqual('第一篇:第二篇:'.length);
  });

  it('fails a file that yields no documents, saying what happened to its text', async () => {
    const result = await importText('essay.txt', '我的暑假\n今天天气很好,我和妈妈去公园散步,看到了很多花,心情非常愉快。\n晚上回家写作业,然后睡觉。');
    expect(result.files[0]!.problems?.[0]).toMatch(/^没有找到可导入的文档/);
  });

  it('reports progress inside a long file: stages, then documents and lines done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-safety-'));
    const docs = Array.from({ length: 40 }, (_, n) => [`第${n + 1}篇:门店运营主管岗位职责`, '一、岗位职责', ...Array.from({ length: 50 }, (_, i) => `${i + 1}.负责门店第${n + 1}区第${i + 1}项日常营运工作,按标准执行并记录。`)].join('\n'));
    writeFileSync(join(dir, 'long.txt'), docs.join('\n'));
    const messages: string[] = [];
    await runImport([join(dir, 'long.txt')], { outDir: join(dir, 'content'), dryRun: true, today: '2026-11-22', onProgress: (m) => messages.push(m) });
    expect(messages[0]).toMatch(/^\[1\/1\] .*long\.txt$/);
    expect(messages).toContain('  2080 行:清理…');
    expect(messages).toContain('  拆分文档…');
    const steps = messages.filter((m) => m.startsWith('  分析文档'));
    expect(steps).toHaveLength(10);
    expect(steps.at(-1)).toBe('  分析文档 40/40(100%,第 2080/2080 行)');
  });
});

