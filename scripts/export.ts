/**
 * npm run export -- <report> [--out file.docx] [--hints]
 *
 * Writes a report as a Word document laid out after GB/T 9704. <report> is a
 * report id (2026/yunying-jingli-2026-q4-jihua, or just its file name) or a
 * path to an .mdx file. Without --out the .docx goes to the current folder.
 * --hints / --no-hints: with or without the writing hints; by default a draft
 * keeps them and a submitted or approved report does not (hintsByDefault,
 * the same rule as the /new/ page's Word download).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from '../src/lib/content/closest.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { isFileSystemError, writeErrorMessage } from '../src/lib/files/write-errors.ts';
import { reportToDocx } from '../src/lib/reports/docx.ts';
import { argsErrorMessage } from '../src/lib/reports/cli-text.ts';
import { pathInReports, reportFiles, writeFileAtomic } from '../src/lib/reports/files.ts';

const USAGE = `用法:npm run export -- <报告编号或文件路径> [--out 文件.docx] [--hints | --no-hints]
  --out <文件>   导出的 Word 文件名,默认与报告同名,放在当前文件夹
  --hints        保留写作提示(灰色“提示”段落)
  --no-hints     去掉写作提示
                 两者都不写时:草稿(status: draft)保留提示,已提交和已审定的报告不保留,与“新建报告”网页下载的 Word 相同
例:npm run export -- 2026/yunying-jingli-2026-q4-jihua
    npm run export -- content/reports/2026/kefu-zhuguan-2026-10.mdx --out 客服月报.docx`;

function fail(message: string, code = 1): never {
  console.error(`✖ ${message}`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    options: { out: { type: 'string', short: 'o' }, hints: { type: 'boolean' }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
    allowNegative: true,
    strict: true,
  });
} catch (error) {
  fail(`${argsErrorMessage(error)}\n\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) fail(`请给出一份报告的编号或文件路径\n\n${USAGE}`, 2);
if (positionals.length > 1) fail(`一次只能导出一份报告,收到了 ${positionals.length} 个:${positionals.join('、')}\n\n${USAGE}`, 2);
const wanted = positionals[0]!;

/** The report file: a path that exists, or an id looked up in content/reports. */
function findReport(): string {
  if (/\.mdx?$/i.test(wanted) && existsSync(wanted)) return resolve(wanted);
  const dir = contentDir();
  const files = reportFiles(dir);
  const id = wanted.replace(/\.mdx?$/i, '').replace(/^content\/reports\//, '');
  const exact = files.find((file) => file.replace(/\.mdx?$/i, '') === id);
  if (exact) return pathInReports(dir, exact);
  const byName = files.filter((file) => basename(file).replace(/\.mdx?$/i, '') === id);
  if (byName.length === 1) return pathInReports(dir, byName[0]!);
  if (byName.length > 1) fail(`有多份报告叫“${id}”:${byName.join('、')},请写出年份文件夹,例如 ${byName[0]!.replace(/\.mdx?$/i, '')}`);
  const guess = closest(id, files.map((file) => file.replace(/\.mdx?$/i, '')));
  fail(`找不到报告“${wanted}”:content/reports/ 下没有这个文件${guess ? `。是不是“${guess}”?` : ''}`);
}

const source = findReport();
const out = resolve(values.out ?? `${basename(source).replace(/\.mdx?$/i, '')}.docx`);
if (!out.toLowerCase().endsWith('.docx')) fail(`输出文件应以 .docx 结尾:${values.out}`, 2);
// The report's id goes into the Word file, so an edited copy imports back into the same report.
const inReports = relative(join(contentDir(), 'reports'), source);
const id = inReports.startsWith('..') ? undefined : inReports.replace(/\.mdx?$/i, '').split('\\').join('/');
const bytes = await reportToDocx(readFileSync(source, 'utf8'), { hints: values.hints, id });
try {
  writeFileAtomic(out, bytes, { overwrite: true });
} catch (error) {
  if (isFileSystemError(error)) fail(`${writeErrorMessage(error, out)}。Word 文档没有导出。`);
  throw error;
}
console.log(`✔ 已导出 Word 文档:${relative(process.cwd(), out) || out}(来自 ${relative(process.cwd(), source)})`);
