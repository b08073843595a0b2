/** Reads and checks the benchmark's input: the folder of source files and its gold file. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { parseGold, type Gold } from './gold.ts';

/** Source formats the importer reads. */
export const SOURCE_EXTENSIONS = ['.txt', '.docx', '.doc', '.pdf', '.html', '.htm'] as const;

/** A checked benchmark input. */
export interface BenchInput {
  gold: Gold;
  /** Paths of the labelled source files (folder joined with each gold key), in gold order. */
  inputs: string[];
  /** Source files in the folder that the gold file does not label (not imported). */
  unlabelled: string[];
}

/**
 * Checks that `folder` is a directory, that `goldPath` is a valid gold file
 * (see gold.ts) and that every file it labels exists in the folder. Problems
 * are returned as messages naming the bad path, never thrown.
 */
export function loadBenchInput(folder: string, goldPath: string): { ok: true; input: BenchInput } | { ok: false; errors: string[] } {
  if (!existsSync(folder)) return { ok: false, errors: [`找不到文件夹 folder not found: ${folder}`] };
  if (!statSync(folder).isDirectory()) return { ok: false, errors: [`不是文件夹 not a folder: ${folder}`] };
  if (!existsSync(goldPath)) return { ok: false, errors: [`找不到金标文件 gold file not found: ${goldPath}`] };
  if (!statSync(goldPath).isFile()) return { ok: false, errors: [`金标文件不是普通文件 gold file is not a file: ${goldPath}`] };

  let json: unknown;
  try {
    json = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (error) {
    return { ok: false, errors: [`金标文件不是有效的 JSON gold file is not valid JSON: ${goldPath}: ${(error as Error).message}`] };
  }
  const parsed = parseGold(json);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => `金标文件无效 invalid gold file ${goldPath}: ${e}`) };

  const errors: string[] = [];
  const inputs: string[] = [];
  for (const key of Object.keys(parsed.gold.files)) {
    const path = join(folder, key);
    if (!existsSync(path) || !statSync(path).isFile()) {
      errors.push(`金标文件 ${goldPath}: files[${JSON.stringify(key)}] 在文件夹中不存在 does not exist in ${folder}`);
    } else {
      inputs.push(path);
    }
  }
  if (errors.length) return { ok: false, errors };

  const labelled = new Set(Object.keys(parsed.gold.files));
  const unlabelled = (readdirSync(folder, { recursive: true }) as string[])
    .map((file) => relative(folder, join(folder, file)).split(sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part === 'node_modules' || part.startsWith('.')))
    .filter((file) => (SOURCE_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase()) && !labelled.has(file))
    .filter((file) => statSync(join(folder, file)).isFile())
    .sort();
  return { ok: true, input: { gold: parsed.gold, inputs, unlabelled } };
}
