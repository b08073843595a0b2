/**
 * The importer, stage after stage: read → clean → split → (script fix) →
 * structure → classify/extract → de-duplicate → resolve references → emit.
 * Each stage lives in its own module; this file only wires them together and
 * keeps one bad file from stopping the run.
 */
import { relative } from 'node:path';
import type { VFile } from 'vfile';
import { cleanSource } from './clean/clean-lines.ts';
import { loadHandbookIndex } from './emit/handbook-index.ts';
import { resolveReferences } from './emit/resolve-references.ts';
import { renderDocument, writeNewFile } from './emit/write-mdx.ts';
import { isFileSystemError } from '../files/write-errors.ts';
import { extractDocument } from './extract/extract-document.ts';
import { structureWithTables } from './extract/place-tables.ts';
import { countChars } from './clean/clean-lines.ts';
import type { DroppedDocument, FileCharacters, ImportContext, ImportedDocument, ImportResult, RawDocument, SourceText } from './model.ts';
import { fingerprint, groupDuplicates } from './normalise/dedupe.ts';
import { fixStraySimplified } from './normalise/fix-script.ts';
import { collectInputs } from './read/collect-inputs.ts';
import { readSource, type ReadResult } from './read/read-source.ts';
import { splitDocuments } from './split/split-documents.ts';
import { structureDocument } from './structure/structure-document.ts';

export interface ImportOptions {
  /** Content folder the drafts go into (collection subfolders are created as needed). */
  outDir: string;
  /** Read and analyse everything, write nothing. */
  dryRun: boolean;
  /** Date of the run, YYYY-MM-DD (default: today). */
  today?: string;
  /** Largest file accepted, in bytes. */
  maxBytes?: number;
  /** Share of a file's characters the cleaner may delete as noise before the file counts as failed (default {@link MAX_NOISE_SHARE}). */
  maxNoiseShare?: number;
  onProgress?: (message: string) => void;
}

/**
 * Scraped pages carry chrome (navigation, ads, metadata lines) but it is short
 * next to the documents: in the fixture sets the cleaner deletes at most about
 * a fifth of a file. Deleting more than 30 % means a rule is eating text (or
 * the file is mostly not a handbook), and someone should look before trusting
 * the drafts.
 */
export const MAX_NOISE_SHARE = 0.3;

/** Reason under which the characters of a document a stage failed on are counted. */
const FAILED = '处理时出错(见文件的错误)';

/** Files at least this many lines long report their progress inside the file. */
const LONG_FILE_LINES = 2000;

type VFileMessage = VFile['messages'][number];

/** Cleaner rules whose removals are evidence of a published article, with the word the classifier knows. */
const ARTICLE_CHROME: Record<string, string> = { keywords: '关键词', references: '参考文献', abstract: '摘要', editor: '责任编辑' };

/** Rule ids whose messages are repairs (shown per document in the report). */
const REPAIR_RULES = new Set(['gbk-shift', 'vertical-text', 'split-heading', 'run-together', 'hard-wrap', 'false-heading', 'glued-title']);

/** Imports files and folders; never throws for bad input (it is reported per file). */
export async function runImport(inputs: string[], options: ImportOptions): Promise<ImportResult> {
  const ctx: ImportContext = { today: options.today ?? new Date().toISOString().slice(0, 10) };
  const progress = options.onProgress ?? (() => {});
  const result: ImportResult = { documents: [], dropped: [], files: [] };
  const collected = await collectInputs(inputs);
  for (const problem of collected.problems) result.files.push({ path: problem.path, error: problem.message, documents: 0, messages: [] });

  const found: ImportedDocument[] = [];
  for (const [n, path] of collected.files.entries()) {
    const shown = displayPath(path);
    progress(`[${n + 1}/${collected.files.length}] ${shown}`);
    let read: ReadResult;
    try {
      read = await readSource(path, { maxBytes: options.maxBytes });
    } catch (error) {
      // A reader bug is this file's problem, not the run's end.
      read = { path, error: `在“读取”阶段出错:${(error as Error).message}` };
    }
    if ('error' in read) {
      result.files.push({ path: shown, error: read.error, documents: 0, messages: [] });
      continue;
    }
    const entry: ImportResult['files'][number] = { path: shown, encoding: read.encoding, documents: 0, messages: [] };
    result.files.push(entry);
    const lineCount = read.lines.length;
    const long = lineCount >= LONG_FILE_LINES;
    // A bug in one stage must not lose the other files' work, nor fail without saying where.
    let stage = '清理';
    try {
      if (long) progress(`  ${lineCount} 行:清理…`);
      const { source, summary } = cleanSource(read);
      stage = '拆分';
      if (long) progress('  拆分文档…');
      const split = splitDocuments(source, shown);
      result.dropped.push(...split.dropped);
      const chars = rangeChars(source);
      const setAside: Record<string, number> = {};
      for (const dropped of split.dropped) setAside[dropped.reason] = (setAside[dropped.reason] ?? 0) + chars(dropped.startLine, dropped.endLine);
      const messagesAt = indexMessages(read.file);
      const problems: string[] = [];
      let keptChars = 0;
      let reported = 0;
      for (const [d, raw] of split.documents.entries()) {
        if (long && (d + 1) / split.documents.length >= (reported + 1) / 10) {
          reported = Math.floor(((d + 1) / split.documents.length) * 10);
          progress(`  分析文档 ${d + 1}/${split.documents.length}(${reported * 10}%,第 ${raw.endLine}/${read.lines.at(-1)?.line ?? lineCount} 行)`);
        }
        const outcome = importDocument(raw, read.file, ctx, messagesAt);
        // Counted from the document's own lines: two documents can share a line (a title glued to the end of the previous one).
        const own = countChars(raw.title) + raw.lines.reduce((n, line) => n + countChars(line.text), 0);
        if ('failed' in outcome) {
          problems.push(`第 ${raw.startLine}–${raw.endLine} 行在“${outcome.stage}”阶段出错:${outcome.failed}`);
          setAside[FAILED] = (setAside[FAILED] ?? 0) + own;
          continue;
        }
        if ('reason' in outcome) {
          result.dropped.push(outcome);
          setAside[outcome.reason] = (setAside[outcome.reason] ?? 0) + own;
        } else {
          found.push(outcome);
          entry.documents += 1;
          keptChars += own;
        }
      }
      const characters: FileCharacters = { total: summary.totalChars, kept: keptChars, setAside, noise: summary.deletedChars };
      entry.characters = characters;
      problems.push(...fileProblems(characters, entry.documents, options.maxNoiseShare ?? MAX_NOISE_SHARE));
      if (problems.length) entry.problems = problems;
    } catch (error) {
      entry.error = `在“${stage}”阶段出错(全文第 1–${read.lines.at(-1)?.line ?? lineCount} 行):${(error as Error).message}`;
    }
    entry.messages = read.file.messages.map(String);
    // Warnings of reading and cleaning (garbled text left as it was, a tag that never closed); structure's are document flags.
    const fileFlags = read.file.messages
      .filter((m) => m.fatal === false && m.ruleId !== 'placeholder' && (m.source === 'import:read' || m.source === 'import:clean'))
      .map((m) => ({ line: m.line ?? undefined, message: m.reason, kind: m.ruleId ?? undefined }));
    if (fileFlags.length) entry.flags = fileFlags;
  }

  // De-duplicate within and across files; the best copy stays.
  const groups = groupDuplicates(found, documentText, (doc) => documentText(doc).length - 200 * doc.flags.length);
  for (const { keep, copies } of groups) {
    // Copies are listed on the kept document (and in the report), not as separate drops.
    keep.duplicates = copies.map((copy) => ({ source: copy.source, startLine: copy.startLine, endLine: copy.endLine }));
    result.documents.push(keep);
  }
  result.documents.sort((a, b) => a.source.localeCompare(b.source) || a.startLine - b.startLine);

  progress(`解析完成:${result.documents.length} 篇可导入,${result.dropped.length} 篇略过`);
  const index = loadHandbookIndex(options.outDir);
  result.documents.push(...resolveReferences(result.documents, index, ctx.today));

  for (const doc of result.documents) {
    if (doc.outcome === 'unchanged') continue;
    try {
      const rendered = renderDocument(doc);
      if ('error' in rendered) {
        doc.outcome = 'invalid';
        doc.error = rendered.error;
        continue;
      }
      if (options.dryRun) doc.outcome = 'would-write';
      else if (writeNewFile(options.outDir, doc.outputPath!, rendered.text)) doc.outcome = 'written';
      else {
        doc.outcome = 'invalid';
        doc.error = `文件 ${doc.outputPath} 已存在,未覆盖`;
      }
    } catch (error) {
      // The folder cannot be written (full disk, no permission, a file in the way): every later
      // draft would fail the same way, so the run stops and the command says so in one line.
      if (isFileSystemError(error)) throw error;
      doc.outcome = 'invalid';
      doc.error = `写入时出错(${doc.source} 第 ${doc.startLine}–${doc.endLine} 行):${(error as Error).message}`;
    }
  }
  return result;
}

/** Stages 4–6 for one document; a document the classifier rejects comes back as dropped, one a stage fails on as failed (with the stage). */
function importDocument(
  raw: RawDocument,
  file: VFile,
  ctx: ImportContext,
  messagesAt: (from: number, to: number) => VFileMessage[],
): ImportedDocument | DroppedDocument | { failed: string; stage: string } {
  let stage = '繁简修正';
  try {
    return importStages(raw, file, ctx, messagesAt, (name) => (stage = name));
  } catch (error) {
    return { failed: (error as Error).message, stage };
  }
}

function importStages(
  raw: RawDocument,
  file: VFile,
  ctx: ImportContext,
  messagesAt: (from: number, to: number) => VFileMessage[],
  enter: (stage: string) => void,
): ImportedDocument | DroppedDocument {
  const repairs: string[] = [];
  if (raw.lang === 'zh-HK') {
    const counts = new Map<string, number>();
    raw = {
      ...raw,
      title: fixStraySimplified(raw.title).text,
      lines: raw.lines.map((line) => {
        const fixed = fixStraySimplified(line.text);
        for (const { from, to } of fixed.fixed) counts.set(`${from}→${to}`, (counts.get(`${from}→${to}`) ?? 0) + 1);
        return { ...line, text: fixed.text };
      }),
    };
    if (counts.size > 0) repairs.push(`繁体文本中混入的简体字已改正:${[...counts].map(([pair, n]) => `${pair}${n > 1 ? ` ×${n}` : ''}`).join('、')}`);
  }
  enter('结构');
  const before = file.messages.length;
  // Table rows skip the text-based structure stage and come back as tables, fields or headings.
  const { root, flags } = structureWithTables(raw, file, structureDocument);
  // Messages about this document: those of reading, cleaning and splitting (indexed by line once per
  // file: filtering all of a file's messages per document made large files quadratic), and structure's.
  const own = [...messagesAt(raw.startLine, raw.endLine + 3), ...file.messages.slice(before)];
  const inRange = (m: VFileMessage) => m.line && m.line >= raw.startLine && m.line <= raw.endLine;
  // Publication chrome the cleaner took out of this document still says "article".
  const removed = own.filter((m) => m.line && m.line >= raw.startLine && m.line <= raw.endLine + 3 && ARTICLE_CHROME[m.ruleId ?? '']).map((m) => ARTICLE_CHROME[m.ruleId!]!);
  enter('分类与提取');
  const extraction = extractDocument({ title: raw.title, root, lang: raw.lang, ctx, removed });
  if (extraction.kind === null) {
    return { source: raw.source, title: raw.title, startLine: raw.startLine, endLine: raw.endLine, reason: extraction.reason };
  }
  const sorted = own.filter(inRange).sort((a, b) => a.line! - b.line!);
  for (const message of sorted) {
    if (REPAIR_RULES.has(message.ruleId ?? '')) repairs.push(`第 ${message.line} 行:${message.reason}`);
  }
  const placeholders = sorted.filter((m) => m.ruleId === 'placeholder');
  const text = [raw.title, ...raw.lines.map((line) => line.text)].join('\n');
  return {
    ...extraction,
    flags: [...flags, ...extraction.flags, ...placeholders.map((m) => ({ line: m.line ?? undefined, message: m.reason, kind: 'placeholder' }))],
    source: raw.source,
    startLine: raw.startLine,
    endLine: raw.endLine,
    title: raw.title,
    lang: raw.lang,
    fingerprint: fingerprint(text),
    repairs,
    duplicates: [],
    text,
  };
}

/** A file's messages so far, by line, as a lookup of those within a line range. */
function indexMessages(file: VFile): (from: number, to: number) => VFileMessage[] {
  const byLine = new Map<number, VFileMessage[]>();
  for (const message of file.messages) {
    if (!message.line) continue;
    const list = byLine.get(message.line);
    if (list) list.push(message);
    else byLine.set(message.line, [message]);
  }
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  return (from, to) => {
    const out: VFileMessage[] = [];
    for (let i = lowerBound(lines, from); i < lines.length && lines[i]! <= to; i += 1) out.push(...byLine.get(lines[i]!)!);
    return out;
  };
}

/** Characters of the cleaned text between two source lines (inclusive), from prefix sums. */
function rangeChars(source: SourceText): (from: number, to: number) => number {
  const lines = source.lines.map((line) => line.line);
  const sums = [0];
  for (const line of source.lines) sums.push(sums.at(-1)! + countChars(line.text));
  return (from, to) => {
    const start = lowerBound(lines, from);
    const end = lowerBound(lines, to + 1);
    return end > start ? sums[end]! - sums[start]! : 0;
  };
}

/** First index in ascending `values` whose value is ≥ `target`. */
function lowerBound(values: number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Why a file that was read still fails: it yielded nothing, or cleaning deleted too much of it. */
export function fileProblems(characters: FileCharacters, documents: number, maxNoiseShare: number): string[] {
  const problems: string[] = [];
  if (documents === 0) {
    const reasons = Object.keys(characters.setAside);
    problems.push(`没有找到可导入的文档${reasons.length ? `(内容都被略过:${reasons.join('、')})` : ''}`);
  }
  const noise = Object.values(characters.noise).reduce((a, b) => a + b, 0);
  if (characters.total > 0 && noise / characters.total > maxNoiseShare) {
    const top = Object.entries(characters.noise)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([label, n]) => `${label} ${n} 字`)
      .join('、');
    problems.push(`清理时删除了 ${Math.round((noise / characters.total) * 100)}% 的文字(上限 ${Math.round(maxNoiseShare * 100)}%),请核对是否删多了:${top}`);
  }
  return problems;
}

function documentText(doc: ImportedDocument): string {
  return doc.text ?? doc.title;
}

function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}
