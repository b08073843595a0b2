/**
 * A stand-in importer for testing `npm run bench:import` end to end: it
 * "imports" by reading the gold file named in BENCH_ORACLE_GOLD and, when
 * BENCH_ORACLE_DAMAGE is set, gets one role's title and one document's type wrong.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { ImportResult } from '../../../../src/lib/import/model.ts';
import { parseGold } from '../../../../src/lib/import/bench/gold.ts';
import { oracleResult } from './helpers.ts';

/** Same signature as src/lib/import/pipeline.ts. */
export async function runImport(inputs: string[], options: { outDir: string; dryRun: boolean; onProgress?: (message: string) => void }): Promise<ImportResult> {
  const parsed = parseGold(JSON.parse(readFileSync(process.env.BENCH_ORACLE_GOLD!, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const folder = dirname(inputs[0]!);
  for (const input of inputs) options.onProgress?.(`读取 ${relative(folder, input)}`);
  const result = oracleResult(parsed.gold, folder);
  if (process.env.BENCH_ORACLE_DAMAGE) {
    const role = result.documents.find((d) => d.kind === 'role')!;
    role.frontmatter = { ...role.frontmatter, title: '错误的岗位名称' };
    const procedure = result.documents.find((d) => d.kind === 'procedure')!;
    procedure.kind = 'policy';
  }
  return result;
}
