/**
 * npm run import -- <files or folders> [--out DIR] [--dry-run] [--report FILE] [--max-size MB] [--max-noise PERCENT] [--date YYYY-MM-DD]
 *
 * Turns existing handbook documents (.txt in any common Chinese encoding,
 * .docx, .html) into draft entries under the content folder, and writes an
 * import report (Markdown + JSON) saying what was found, repaired, set aside
 * and what a person must check. Existing files are never overwritten; running
 * it again on the same input writes nothing new.
 *
 * The report goes to import-reports/import-report-<time>.md (+ .json) next to
 * the output folder — one pair per run, never into the current folder unless
 * --report says so.
 *
 * Exit status: 0 when every file was read and every document written (or, with
 * --dry-run, could be); 1 when some file or document needs attention (a file
 * unreadable, with no documents, with too much deleted as noise, or a stage
 * that failed on some of its lines: printed in red); 2 for a usage error.
 */
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/paths.ts';
import { isFileSystemError, writeErrorMessage } from '../src/lib/files/write-errors.ts';
import { MAX_NOISE_SHARE, runImport } from '../src/lib/import/pipeline.ts';
import { defaultReportPath, writeReportFiles } from '../src/lib/import/report/report-files.ts';
import { fileErrors, KIND_LABELS, reportJson, reportMarkdown, summarise } from '../src/lib/import/report/import-report.ts';
import { importReportDocx, type ReportImportResult } from '../src/lib/reports/import-docx.ts';

const USAGE = `用法:npm run import -- <文件或文件夹…> [选项]

  --out 目录        草稿写入的内容目录(默认 ${contentDir()})
  --dry-run         只分析并生成报告,不写入任何草稿
  --report 文件     报告的位置(默认写到输出目录旁的 import-reports/import-report-<时间>.md,另写同名 .json)
  --max-size MB     单个文件的大小上限(默认 20)
  --max-noise 百分比  清理时最多可删除一个文件多少文字(默认 ${MAX_NOISE_SHARE * 100}),超过则报错
  --date 日期       记为导入日期(默认今天,YYYY-MM-DD)
  --replace         本手册导出的报告 Word 文件改动了已有报告时,用它替换该报告

支持 .txt(UTF-8、UTF-16、GBK/GB18030、Big5 自动识别)、.docx、.doc、.pdf(须有文字层)、.html。
用 npm run export 导出、在 Word 中修改过的报告 .docx 会放回原报告(已有报告有改动时须加 --replace)。`;

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
      'max-size': { type: 'string', default: '20' },
      'max-noise': { type: 'string', default: String(MAX_NOISE_SHARE * 100) },
      date: { type: 'string' },
      replace: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  console.error(`✖ ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) {
  console.error(`✖ 请指定要导入的文件或文件夹。\n\n${USAGE}`);
  process.exit(2);
}
const maxSize = Number(values['max-size']);
if (!Number.isFinite(maxSize) || maxSize <= 0) {
  console.error(`✖ --max-size 应为正数(单位 MB),收到“${values['max-size']}”`);
  process.exit(2);
}
const maxNoise = Number(values['max-noise']);
if (!Number.isFinite(maxNoise) || maxNoise < 0 || maxNoise > 100) {
  console.error(`✖ --max-noise 应为 0 到 100 之间的数(百分比),收到“${values['max-noise']}”`);
  process.exit(2);
}
if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
  console.error(`✖ --date 应写成 2026-03-01 这样的格式,收到“${values.date}”`);
  process.exit(2);
}

const outDir = resolve(values.out ?? contentDir());
const dryRun = values['dry-run'];
const today = values.date ?? new Date().toISOString().slice(0, 10);

/** Stops with one line for a write failure (full disk, read-only folder …), without a stack trace. */
function stopOnWriteError(error: unknown, path: string | undefined, what: string): never {
  if (!isFileSystemError(error)) throw error;
  console.error(`✖ ${writeErrorMessage(error, path ?? error.path ?? outDir)}。${what}`);
  process.exit(1);
}

// The handbook's own report exports go back into their reports; everything else is imported as documents.
const reportResults: ReportImportResult[] = [];
const documentInputs: string[] = [];
try {
  for (const input of positionals) {
    const done = await importReportDocx(input, { contentDir: outDir, replace: values.replace, dryRun, today });
    if (done) reportResults.push(done);
    else documentInputs.push(input);
  }
} catch (error) {
  stopOnWriteError(error, undefined, '报告没有写入。');
}
for (const done of reportResults) console.log(`${done.outcome === 'invalid' || done.outcome === 'exists' ? '✖' : done.outcome === 'unchanged' ? '·' : '✔'} 报告 ${done.message}`);
const reportsFailed = reportResults.some((done) => done.outcome === 'invalid' || done.outcome === 'exists');
if (documentInputs.length === 0) process.exit(reportsFailed ? 1 : 0);

let result: Awaited<ReturnType<typeof runImport>>;
try {
  result = await runImport(documentInputs, {
    outDir,
    dryRun,
    today,
    maxBytes: maxSize * 1024 * 1024,
    maxNoiseShare: maxNoise / 100,
    onProgress: (message) => console.log(message),
  });
} catch (error) {
  stopOnWriteError(error, undefined, '导入已停止:已经写好的草稿保留,没写完的已删除;解决后重新运行即可(已导入的不会重复写入)。');
}

const meta = { date: today, outDir, dryRun, inputs: positionals };
const reportTarget = values.report ? resolve(values.report) : defaultReportPath(dirname(outDir), new Date());
let reportPath: string;
try {
  reportPath = writeReportFiles(reportTarget, { markdown: reportMarkdown(result, meta), json: reportJson(result, meta) });
} catch (error) {
  stopOnWriteError(error, reportTarget, '导入报告没有写入;请用 --report 换一个位置后重新运行。');
}

// Red only on a terminal: in a log file the escape codes are noise.
const red = (text: string) => (process.stdout.isTTY ? `\x1b[31m${text}\x1b[0m` : text);
for (const line of fileErrors(result)) console.log(red(`✖ ${line}`));
for (const doc of result.documents) {
  const mark = doc.outcome === 'invalid' ? '✖' : doc.outcome === 'unchanged' ? '·' : '✔';
  const title = String(doc.frontmatter.title ?? doc.frontmatter.name ?? doc.title);
  console.log(`${mark} ${KIND_LABELS[doc.kind]} ${title} ← ${doc.source}:${doc.startLine}-${doc.endLine}${doc.outputPath ? ` → ${doc.outputPath}` : ''}${doc.flags.length ? `(${doc.flags.length} 处待核对)` : ''}${doc.error ? `\n    ${doc.error}` : ''}`);
}
const s = summarise(result);
console.log(
  `\n${dryRun ? '试运行:' : ''}${s.documents} 篇文档(${Object.entries(s.byKind).filter(([, n]) => n).map(([k, n]) => `${KIND_LABELS[k as keyof typeof KIND_LABELS]} ${n}`).join('、')}),` +
    `${dryRun ? `将写入 ${s.wouldWrite}` : `写入 ${s.written}`},以前已导入 ${s.unchanged},未写入 ${s.invalid};略过 ${s.dropped} 段内容;${s.flags} 处需要人工核对;${s.unreadable} 个文件无法读取,${s.failedFiles} 个文件有错误。`,
);
console.log(`报告:${reportPath}`);
process.exit(s.invalid > 0 || s.unreadable > 0 || s.failedFiles > 0 || reportsFailed ? 1 : 0);
