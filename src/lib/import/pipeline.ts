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
import { extractDocument } from './extract/extract-document.ts';
import { structureWithTables } from './extract/place-tables.ts';
import type { DroppedDocument, ImportContext, ImportedDocument, ImportResult, RawDocument } from './model.ts';
import { fingerprint, groupDuplicates } from './normalise/dedupe.ts';
import { fixStraySimplified } from './normalise/fix-script.ts';
import { collectInputs } from './read/collect-inputs.ts';
import { readSource } from './read/read-source.ts';
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
  onProgress?: (message: string) => void;
}

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
    const read = await readSource(path, { maxBytes: options.maxBytes });
    if ('error' in read) {
      result.files.push({ path: shown, error: read.error, documents: 0, messages: [] });
      continue;
    }
    try {
      const { source } = cleanSource(read);
      const split = splitDocuments(source, shown);
      result.dropped.push(...split.dropped);
      let kept = 0;
      for (const raw of split.documents) {
        const outcome = importDocument(raw, read.file, ctx);
        if ('reason' in outcome) result.dropped.push(outcome);
        else {
          found.push(outcome);
          kept += 1;
        }
      }
      result.files.push({ path: shown, encoding: read.encoding, documents: kept, messages: read.file.messages.map(String) });
    } catch (error) {
      // A bug in one stage must not lose the other files' work.
      result.files.push({ path: shown, encoding: read.encoding, error: `处理时出错:${(error as Error).message}`, documents: 0, messages: [] });
    }
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
  }
  return result;
}

/** Stages 4–6 for one document; a document the classifier rejects comes back as dropped. */
function importDocument(raw: RawDocument, file: VFile, ctx: ImportContext): ImportedDocument | DroppedDocument {
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
  // Table rows skip the text-based structure stage and come back as tables, fields or headings.
  const { root, flags } = structureWithTables(raw, file, structureDocument);
  // Publication chrome the cleaner took out of this document still says "article".
  const removed = file.messages
    .filter((m) => m.line && m.line >= raw.startLine && m.line <= raw.endLine + 3 && ARTICLE_CHROME[m.ruleId ?? ''])
    .map((m) => ARTICLE_CHROME[m.ruleId!]!);
  const extraction = extractDocument({ title: raw.title, root, lang: raw.lang, ctx, removed });
  if (extraction.kind === null) {
    return { source: raw.source, title: raw.title, startLine: raw.startLine, endLine: raw.endLine, reason: extraction.reason };
  }
  for (const message of file.messages) {
    if (message.line && message.line >= raw.startLine && message.line <= raw.endLine && REPAIR_RULES.has(message.ruleId ?? '')) {
      repairs.push(`第 ${message.line} 行:${message.reason}`);
    }
  }
  const placeholders = file.messages.filter((m) => m.ruleId === 'placeholder' && m.line && m.line >= raw.startLine && m.line <= raw.endLine);
  const text = [raw.title, ...raw.lines.map((line) => line.text)].join('\n');
  return {
    ...extraction,
    flags: [...flags, ...extraction.flags, ...placeholders.map((m) => ({ line: m.line ?? undefined, message: m.reason }))],
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

function documentText(doc: ImportedDocument): string {
  return doc.text ?? doc.title;
}

function displayPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}
