import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../../src/lib/import/model.ts';
import { describeCharacters, fileErrors, reportJson, reportMarkdown, summarise } from '../../../../src/lib/import/report/import-report.ts';

const meta = { date: '2026-11-22', outDir: '/tmp/content', dryRun: true, inputs: ['a.txt'] };

function result(): ImportResult {
  return {
    documents: [],
    dropped: [],
    files: [
      {
        path: 'a.txt',
        encoding: 'UTF-8',
        documents: 0,
        messages: [],
        characters: { total: 1000, kept: 0, setAside: { '个人简历,与运营管理手册无关': 300 }, noise: { 网页导航: 500, 'HTML 标签': 150 } },
        problems: ['没有找到可导入的文档', '清理时删除了 65% 的文字(上限 30%)'],
        flags: Array.from({ length: 7 }, (_, i) => ({ line: i * 10 + 1, message: `第 ${i * 10 + 1} 行还有无法修复的错位乱码`, kind: 'gbk-unrepaired' })),
      },
      { path: 'b.docx', error: '文件是空的', documents: 0, messages: [] },
    ],
  };
}

describe('import report', () => {
  it('says where every character of a file went', () => {
    expect(describeCharacters(result().files[0]!.characters!)).toBe(
      '共 1000 字:保留 0;略过 300(个人简历,与运营管理手册无关 300);作为噪声删除 650(网页导航 500、HTML 标签 150);其他 50(篇名标记、合集标题或前言等)',
    );
  });

  it('counts and lists failed files apart from unreadable ones, each problem naming its file', () => {
    const r = result();
    expect(summarise(r)).toMatchObject({ unreadable: 1, failedFiles: 1 });
    expect(fileErrors(r)).toEqual(['a.txt:没有找到可导入的文档', 'a.txt:清理时删除了 65% 的文字(上限 30%)', 'b.docx:文件是空的']);
  });

  it('shows problems, character accounting and grouped file flags in the Markdown, everything in the JSON', () => {
    const markdown = reportMarkdown(result(), meta);
    const row = markdown.split('\n').find((line) => line.startsWith('| a.txt'))!;
    expect(row).toContain('作为噪声删除 650');
    expect(row).toContain('✖ 没有找到可导入的文档');
    expect(row).toContain('第 1、11、21、31、41 等 行:第 1 行还有无法修复的错位乱码(同类共 7 处');
    const json = JSON.parse(reportJson(result(), meta));
    expect(json.files[0].characters.noise).toEqual({ 网页导航: 500, 'HTML 标签': 150 });
    expect(json.summary.failedFiles).toBe(1);
  });
});
