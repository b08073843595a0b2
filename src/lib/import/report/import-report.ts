/**
 * The import report: per document its type, confidence, repairs, flags and
 * where it was written; per file how it was read; and everything set aside,
 * with the reason. Markdown for people, JSON for tools.
 */
import type { FileCharacters, ImportedDocument, ImportKind, ImportResult } from '../model.ts';
import { formatFlagGroup, groupFlags, repairsAsFlags } from './group-flags.ts';
import { COLLECTION_LABELS } from '../../collections/index.ts';
import { COLLECTION_OF } from '../emit/resolve-references.ts';

/** Chinese name of each import kind: the collection's own label (one vocabulary, from the kind registry). */
export const KIND_LABELS = Object.fromEntries(Object.entries(COLLECTION_OF).map(([kind, collection]) => [kind, COLLECTION_LABELS[collection]])) as Record<ImportKind, string>;
const OUTCOME_LABELS: Record<NonNullable<ImportedDocument['outcome']>, string> = {
  written: '已写入',
  unchanged: '以前已导入,未改动',
  'would-write': '将写入(试运行)',
  invalid: '未写入',
};

export interface ReportMeta {
  date: string;
  outDir: string;
  dryRun: boolean;
  inputs: string[];
}

/** Counts for the summary line and the command's exit status. */
export function summarise(result: ImportResult) {
  const byKind = Object.fromEntries(Object.keys(KIND_LABELS).map((kind) => [kind, result.documents.filter((d) => d.kind === kind).length]));
  const count = (outcome: ImportedDocument['outcome']) => result.documents.filter((d) => d.outcome === outcome).length;
  return {
    documents: result.documents.length,
    byKind: byKind as Record<ImportKind, number>,
    written: count('written'),
    wouldWrite: count('would-write'),
    unchanged: count('unchanged'),
    invalid: count('invalid'),
    dropped: result.dropped.length,
    flags: result.documents.reduce((n, d) => n + d.flags.length, 0),
    unreadable: result.files.filter((f) => f.error).length,
    /** Files that were read but failed a check (no documents, too much deleted, a stage failed on some lines). */
    failedFiles: result.files.filter((f) => !f.error && f.problems?.length).length,
  };
}

/** One line per file problem, naming the file: what the command prints in red. */
export function fileErrors(result: ImportResult): string[] {
  return result.files.flatMap((file) => problemsOf(file).map((problem) => `${file.path}:${problem}`));
}

/** A file's error (it could not be read or a stage failed on all of it) and its problems, in that order. */
function problemsOf(file: ImportResult['files'][number]): string[] {
  return [...(file.error ? [file.error] : []), ...(file.problems ?? [])];
}

/** Where a file's characters went, as one Chinese line. */
export function describeCharacters(c: FileCharacters): string {
  const setAside = Object.values(c.setAside).reduce((a, b) => a + b, 0);
  const noise = Object.values(c.noise).reduce((a, b) => a + b, 0);
  const other = Math.max(0, c.total - c.kept - setAside - noise);
  const list = (byLabel: Record<string, number>) =>
    Object.entries(byLabel)
      .sort((a, b) => b[1] - a[1])
      .map(([label, n]) => `${label} ${n}`)
      .join('、');
  return [
    `共 ${c.total} 字:保留 ${c.kept}`,
    `略过 ${setAside}${setAside ? `(${list(c.setAside)})` : ''}`,
    `作为噪声删除 ${noise}${noise ? `(${list(c.noise)})` : ''}`,
    ...(other ? [`其他 ${other}(篇名标记、合集标题或前言等)`] : []),
  ].join(';');
}

/** The report as Markdown (Chinese). */
export function reportMarkdown(result: ImportResult, meta: ReportMeta): string {
  const s = summarise(result);
  const out: string[] = [];
  out.push('# 导入报告', '');
  out.push(`- 时间:${meta.date}`, `- 输入:${meta.inputs.join('、')}`, `- 输出目录:${meta.outDir}${meta.dryRun ? '(试运行,未写入任何文件)' : ''}`, '');
  out.push('## 汇总', '', '| 项目 | 数量 |', '|---|---|');
  out.push(`| 识别出的文档 | ${s.documents}(${Object.entries(s.byKind).filter(([, n]) => n).map(([k, n]) => `${KIND_LABELS[k as ImportKind]} ${n}`).join('、') || '无'}) |`);
  out.push(`| ${meta.dryRun ? '将写入' : '已写入'} | ${meta.dryRun ? s.wouldWrite : s.written} |`, `| 以前已导入(未改动) | ${s.unchanged} |`, `| 未通过检查、未写入 | ${s.invalid} |`);
  out.push(`| 略过的内容 | ${s.dropped} |`, `| 需要人工核对的地方 | ${s.flags} |`, `| 无法读取的文件 | ${s.unreadable} |`, `| 读取了但有错误的文件 | ${s.failedFiles} |`, '');

  out.push('## 文件', '', '| 文件 | 编码 | 文档数 | 文字去向 | 说明 |', '|---|---|---|---|---|');
  for (const file of result.files) {
    const problems = problemsOf(file).map((p) => `✖ ${p}`);
    const notes = groupFlags(file.flags ?? []).map(formatFlagGroup);
    out.push(`| ${cell(file.path)} | ${file.encoding ?? '—'} | ${file.documents} | ${cell(file.characters ? describeCharacters(file.characters) : '—')} | ${cell([...problems, ...notes].join(';'))} |`);
  }
  out.push('');

  out.push('## 文档', '');
  result.documents.forEach((doc, i) => {
    const title = String(doc.frontmatter.title ?? doc.frontmatter.name ?? doc.title) || '(无标题)';
    out.push(`### ${i + 1}. ${title}(${KIND_LABELS[doc.kind]} · 置信度 ${doc.confidence.toFixed(2)})`, '');
    out.push(`- 来源:${doc.source} 第 ${doc.startLine}–${doc.endLine} 行`);
    out.push(`- 结果:${OUTCOME_LABELS[doc.outcome ?? 'would-write']}${doc.outputPath ? ` → \`${doc.outputPath}\`` : ''}`);
    if (doc.error) out.push(`- 未写入的原因:${doc.error}`);
    if (doc.duplicates.length) out.push(`- 重复的副本(未导入):${doc.duplicates.map((d) => `${d.source} 第 ${d.startLine}–${d.endLine} 行`).join(';')}`);
    if (doc.repairs.length) out.push('- 已自动修复:', ...groupFlags(repairsAsFlags(doc.repairs)).map((g) => `  - ${formatFlagGroup(g)}`));
    if (doc.flags.length) out.push('- 请人工核对:', ...groupFlags(doc.flags).map((g) => `  - ${formatFlagGroup(g)}`));
    out.push('');
  });

  out.push('## 略过的内容', '', '| 来源 | 行 | 标题 | 原因 |', '|---|---|---|---|');
  for (const d of result.dropped) out.push(`| ${cell(d.source)} | ${d.startLine}–${d.endLine} | ${cell(d.title || '—')} | ${cell(d.reason)} |`);
  out.push('');
  return out.join('\n');
}

/** The report as JSON: everything except syntax trees and source text. */
export function reportJson(result: ImportResult, meta: ReportMeta): string {
  const documents = result.documents.map(({ body: _body, text: _text, refs: _refs, ...rest }) => rest);
  return `${JSON.stringify({ ...meta, summary: summarise(result), files: result.files, documents, dropped: result.dropped }, null, 2)}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
