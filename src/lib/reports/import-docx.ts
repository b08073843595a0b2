/**
 * `npm run import -- 报告.docx` for a report's own Word export: the edited
 * Word file goes back into the report's MDX (see `from-docx.ts`), at the
 * report's path under content/reports.
 *
 * Follows the import's rule of never overwriting silently: a new report is
 * written; an existing one that the Word file leaves unchanged is left alone;
 * an existing one that it changes is only replaced with `--replace`
 * (otherwise the run says what would change and writes nothing).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { stringify } from 'yaml';
import { readFrontmatter } from '../content/frontmatter.ts';
import { describeIssues } from '../import/emit/schema-messages.ts';
import { DEFAULT_MAX_BYTES } from '../import/read/read-source.ts';
import { checkZipSize } from '../import/read/zip-guard.ts';
import { reportSchema } from '../schemas/reports.ts';
import { pathInReports, writeFileAtomic } from './files.ts';
import { reportFromDocx, type ReportFromDocx } from './from-docx.ts';
import { findPlaceholders } from './placeholders.ts';

export interface ReportImportOptions {
  /** The content folder (its `reports/` holds the reports). */
  contentDir: string;
  /** Replace an existing report the Word file changes. */
  replace?: boolean;
  dryRun?: boolean;
  /** Date of the run, YYYY-MM-DD, written as `updated`. */
  today: string;
}

/** What became of one exported Word file. */
export interface ReportImportResult {
  /** The Word file. */
  source: string;
  /** The report file, relative to the content folder. */
  target?: string;
  outcome: 'written' | 'replaced' | 'unchanged' | 'would-write' | 'exists' | 'invalid';
  /** Chinese, naming the files. */
  message: string;
  /** The MDX that was (or would be) written. */
  mdx?: string;
  /** Placeholders still to fill. */
  placeholders?: number;
}

/** The report read back from a .docx file, or undefined when the file is not a report exported by the handbook (no export marker). */
async function readReportExport(path: string): Promise<ReportFromDocx | undefined> {
  if (!/\.docx$/iu.test(path) || !existsSync(path)) return undefined;
  const info = statSync(path);
  if (!info.isFile() || info.size > DEFAULT_MAX_BYTES) return undefined;
  const bytes = new Uint8Array(readFileSync(path));
  if ((await checkZipSize(bytes, basename(path))).ok !== true) return undefined;
  try {
    return reportFromDocx(bytes);
  } catch {
    return undefined;
  }
}

/** A body as compared: table delimiter rows written alike (|---| and | --- | are the same table). */
const comparableBody = (body: string) => body.trim().replace(/^\|(?:\s*:?-+:?\s*\|)+\s*$/gmu, (row) => row.replace(/\s+/gu, ''));

/** Frontmatter without the fields a round trip may change by itself. */
const comparable = (data: Record<string, unknown>) => JSON.stringify({ ...data, updated: undefined });

/**
 * Imports an exported report's Word file back into its report. Undefined
 * when the file is not a report export (the caller imports it as any other
 * document).
 */
export async function importReportDocx(path: string, options: ReportImportOptions): Promise<ReportImportResult | undefined> {
  const name = basename(path);
  const read = await readReportExport(path);
  if (!read) return undefined;
  const fail = (message: string): ReportImportResult => ({ source: path, outcome: 'invalid', message: `“${name}”:${message}` });

  // Exports made by the site carry only the id: the report's own file then gives the frontmatter.
  let stored = read.marker.frontmatter;
  if (!stored && read.marker.id) {
    try {
      const path = pathInReports(options.contentDir, `${read.marker.id}.mdx`);
      if (existsSync(path)) stored = (readFrontmatter(readFileSync(path, 'utf8'))?.data ?? undefined) as Record<string, unknown> | undefined;
    } catch {
      stored = undefined;
    }
  }
  if (!stored) return fail('是本手册导出的报告,但文件里没有报告信息(标题、类型、周期等),找不到对应的报告:请用 npm run export 重新导出后再修改');
  const frontmatter: Record<string, unknown> = { ...stored };
  if (read.title) frontmatter.title = read.title;
  if (read.date) frontmatter.date = read.date;
  frontmatter.updated = options.today;
  const parsed = reportSchema.safeParse(frontmatter);
  if (!parsed.success) return fail(`报告信息有误:${describeIssues(parsed.error.issues, 'reports')}`);

  // Where it goes: the id the exporter wrote, else the Word file's name in the report's year.
  const period = stored.period as { start?: string } | undefined;
  const id = read.marker.id ?? `${String(period?.start ?? options.today).slice(0, 4)}/${name.replace(/\.docx$/iu, '')}`;
  let target: string;
  try {
    target = pathInReports(options.contentDir, `${id}.mdx`);
  } catch (error) {
    return fail((error as Error).message);
  }
  const shown = relative(options.contentDir, target);
  const placeholders = findPlaceholders(read.body).length;

  if (existsSync(target)) {
    const existing = readFrontmatter(readFileSync(target, 'utf8'));
    const existingData = (existing?.data ?? {}) as Record<string, unknown>;
    if (existing && comparableBody(existing.body) === comparableBody(read.body) && comparable(existingData) === comparable(frontmatter)) {
      return { source: path, target: shown, outcome: 'unchanged', message: `“${name}”与 ${shown} 内容相同,未改动`, placeholders };
    }
    // Fields the Word file cannot hold (status, owner …) stay as they are in the report.
    for (const [key, value] of Object.entries(existingData)) if (!(key in frontmatter)) frontmatter[key] = value;
    const mdx = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${read.body}`;
    if (!options.replace) {
      return { source: path, target: shown, outcome: 'exists', message: `“${name}”改动了已有的报告 ${shown}:未覆盖。确认要用 Word 中的内容替换它,请加 --replace 再运行`, mdx, placeholders };
    }
    if (options.dryRun) return { source: path, target: shown, outcome: 'would-write', message: `“${name}”将替换 ${shown}(试运行,未写入)`, mdx, placeholders };
    writeFileAtomic(target, mdx, { overwrite: true });
    return { source: path, target: shown, outcome: 'replaced', message: `“${name}”已替换 ${shown}${placeholders ? `,还有 ${placeholders} 处待填写` : ''}`, mdx, placeholders };
  }

  const mdx = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${read.body}`;
  if (options.dryRun) return { source: path, target: shown, outcome: 'would-write', message: `“${name}”将写入 ${shown}(试运行,未写入)`, mdx, placeholders };
  writeFileAtomic(target, mdx);
  return { source: path, target: shown, outcome: 'written', message: `“${name}”已写入 ${shown}${placeholders ? `,还有 ${placeholders} 处待填写` : ''}`, mdx, placeholders };
}
