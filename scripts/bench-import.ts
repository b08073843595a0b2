/**
 * npm run bench:import — measures the importer against gold labels.
 *
 *   npm run bench:import -- <folder> <gold.json> [--verbose] [--out bench-out/import] [--today YYYY-MM-DD]
 *                                                [--pipeline path/to/module.ts]
 *
 * Imports every file the gold file labels (a dry run: nothing is written),
 * then prints per-file progress, a table of document-boundary, type and field
 * precision / recall / F1, the type confusion matrix and, with --verbose,
 * every mismatch. Writes <out>/results.json. --pipeline scores another module
 * exporting the same runImport (an older version, a baseline) instead of
 * src/lib/import/pipeline.ts.
 *
 * Exit codes: 0 scored; 1 the importer is missing or failed; 2 bad arguments,
 * folder or gold file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ImportResult } from '../src/lib/import/model.ts';
import { resolveAnchors } from '../src/lib/import/bench/anchors.ts';
import { loadBenchInput } from '../src/lib/import/bench/load.ts';
import { isReadFailure, readSource } from '../src/lib/import/read/read-source.ts';
import { formatConfusion, formatMismatches, formatScoreTable } from '../src/lib/import/bench/report.ts';
import { scoreImport } from '../src/lib/import/bench/score.ts';

/** The pipeline's entry point, as src/lib/import/pipeline.ts exports it. */
type RunImport = (
  inputs: string[],
  options: { outDir: string; dryRun: boolean; today?: string; onProgress?: (message: string) => void },
) => Promise<ImportResult>;

const USAGE = '用法 usage: npm run bench:import -- <文件夹 folder> <金标 gold.json> [--verbose] [--out bench-out/import] [--today YYYY-MM-DD] [--pipeline 模块 module.ts]';

function parseCommandLine() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        verbose: { type: 'boolean', short: 'v', default: false },
        out: { type: 'string', default: 'bench-out/import' },
        today: { type: 'string' },
        pipeline: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const { values: args, positionals } = parseCommandLine();
if (positionals.length !== 2 || (args.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.today))) {
  console.error(USAGE);
  process.exit(2);
}
const [folder, goldPath] = positionals as [string, string];
const out = resolve(args.out);
const step = (text: string) => console.log(`\n▶ ${text}`);

const loaded = loadBenchInput(folder, goldPath);
if (!loaded.ok) {
  for (const error of loaded.errors) console.error(error);
  process.exit(2);
}
const { inputs, unlabelled } = loaded.input;
// Binary files are labelled by anchor text; place them on the lines of this project's reader.
const anchored = await resolveAnchors(loaded.input.gold, folder, async (path) => {
  const read = await readSource(path);
  return isReadFailure(read) ? undefined : read.lines;
});
for (const problem of anchored.unresolved) console.warn(`  锚点 anchor: ${problem}`);
const gold = anchored.gold;
if (unlabelled.length) {
  const shown = unlabelled.slice(0, 10).join(', ') + (unlabelled.length > 10 ? ' …' : '');
  console.warn(`${unlabelled.length} 个未标注的文件不参与评测 unlabelled files skipped: ${shown}`);
}

const pipelineUrl = args.pipeline ? pathToFileURL(resolve(args.pipeline)) : new URL('../src/lib/import/pipeline.ts', import.meta.url);
const pipelineFile = fileURLToPath(pipelineUrl);
if (!existsSync(pipelineFile)) {
  console.error(`找不到导入程序 importer not found: ${pipelineFile}\n评测需要它导出 runImport(inputs, { outDir, dryRun }) (issue #6)。`);
  process.exit(1);
}
let runImport: RunImport;
try {
  // A computed specifier keeps type checking independent of the pipeline's presence.
  const pipeline = (await import(pipelineUrl.href)) as { runImport?: unknown };
  if (typeof pipeline.runImport !== 'function') throw new Error(`${pipelineFile} does not export a function runImport`);
  runImport = pipeline.runImport as RunImport;
} catch (error) {
  console.error(`无法加载导入程序 cannot load the importer: ${(error as Error).stack ?? error}`);
  process.exit(1);
}

step(`导入 import(试运行 dry run):${inputs.length} 个文件,来自 ${folder}`);
const started = performance.now();
let result: ImportResult;
try {
  result = await runImport(inputs, {
    outDir: join(out, 'drafts'),
    dryRun: true,
    ...(args.today ? { today: args.today } : {}),
    onProgress: (message) => console.log(`  ${message}`),
  });
} catch (error) {
  console.error(`导入程序出错 the importer threw: ${(error as Error).stack ?? error}`);
  process.exit(1);
}
const seconds = (performance.now() - started) / 1000;
console.log(`  用时 ${seconds.toFixed(1)} s:${result.documents.length} 个文档,舍弃 ${result.dropped.length} 个`);

const score = scoreImport(result, gold, { folder });

step('逐个文件 per file');
for (const file of score.files) {
  const fields = file.fields.gold || file.fields.predicted ? `,字段 ${file.fields.tp}/${file.fields.gold} 命中,预测 ${file.fields.predicted}` : '';
  const error = file.error ? `  ✗ ${file.error}` : '';
  console.log(`  ${file.file}:金标 ${file.goldDocuments} 个文档,预测 ${file.predictedDocuments},边界匹配 ${file.boundaryMatches},类型正确 ${file.typeCorrect}${fields}${error}`);
}

step(`评测结果 scores(${inputs.length} 个文件;P=精确率 precision,R=召回率 recall)`);
console.log(formatScoreTable(score));
console.log(`\n类型混淆矩阵 type confusion\n${formatConfusion(score)}`);

if (args.verbose) {
  step(`不一致之处 mismatches(${score.mismatches.length})`);
  console.log(formatMismatches(score.mismatches));
} else if (score.mismatches.length) {
  console.log(`\n共 ${score.mismatches.length} 处不一致,加 --verbose 列出 (add --verbose to list the mismatches)`);
}

mkdirSync(out, { recursive: true });
const report = {
  date: new Date().toISOString(),
  folder,
  gold: goldPath,
  inputs,
  unlabelled,
  seconds,
  importer: { documents: result.documents.length, dropped: result.dropped.length, files: result.files.map(({ path, encoding, error, documents }) => ({ path, encoding, error, documents })) },
  ...score,
};
writeFileSync(join(out, 'results.json'), JSON.stringify(report, null, 2));
console.log(`\n结果已写入 ${join(args.out, 'results.json')}`);
