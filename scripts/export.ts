/**
 * npm run export -- <report> [--out file.docx] [--hints]
 *
 * Writes a report as a Word document laid out after GB/T 9704. <report> is a
 * report id (2026/yunying-jingli-2026-q4-jihua, or just its file name) or a
 * path to an .mdx file. Without --out the .docx goes to the current folder.
 * --hints keeps the writing hints of a draft.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from '../src/lib/content/closest.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { isFileSystemError, writeErrorMessage } from '../src/lib/files/write-errors.ts';
import { reportToDocx } from '../src/lib/reports/docx.ts';
import { pathInReports, reportFiles, writeFileAtomic } from '../src/lib/reports/files.ts';

const USAGE = `用法:npm run export -- <报告编号或文件路径> [--out 文件.docx] [--hints]
例:npm run export -- 2026/yunying-jingli-2026-q4-jihua
    npm run export -- content/reports/2026/kefu-zhuguan-2026-10.mdx --out 客服月报.docx`;

function fail(message: string, code = 1): never {
  console.error(`✖ ${message}`);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    options: { out: { type: 'string', short: 'o' }, hints: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  fail(`${(error as Error).message}\n\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(`请给出一份报告的编号或文件路径\n\n${USAGE}`, 2);
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
