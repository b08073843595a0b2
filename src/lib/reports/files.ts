/**
 * Node-only helpers of the report scripts: loading the handbook snapshot from
 * the content folder, placing files safely inside `content/reports`, and
 * writing them atomically.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { checkHandbook, type LoadedEntry } from '../content/check.ts';
import type { Problem } from '../content/problems.ts';
import { DraftError } from './draft.ts';
import { buildSnapshot, type HandbookSnapshot } from './snapshot.ts';

/** The checked handbook under `contentDir` and the scaffolder's snapshot of it. */
export function loadHandbook(contentDir: string): { entries: LoadedEntry[]; problems: Problem[]; snapshot: HandbookSnapshot } {
  const { entries, problems } = checkHandbook(contentDir);
  const of = <C extends LoadedEntry['collection']>(collection: C) =>
    entries.filter((entry): entry is LoadedEntry<C> => entry.collection === collection);
  const snapshot = buildSnapshot({
    departments: of('departments'),
    roles: of('roles'),
    procedures: of('procedures'),
    reports: of('reports'),
  });
  return { entries, problems, snapshot };
}

/**
 * The absolute path of `relativePath` inside `<contentDir>/reports`.
 * Throws {@link DraftError} when the path would end up anywhere else.
 */
export function pathInReports(contentDir: string, relativePath: string): string {
  const reportsDir = resolve(contentDir, 'reports');
  const target = resolve(reportsDir, relativePath);
  const rel = relative(reportsDir, target);
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || !target.startsWith(reportsDir + sep)) {
    throw new DraftError(`“${relativePath}”不在 content/reports 文件夹内,已拒绝写入`);
  }
  return target;
}

/** Error thrown by {@link writeFileAtomic} when the file exists and may not be replaced. */
export class FileExistsError extends Error {
  override name = 'FileExistsError';
}

/**
 * Writes `data` to `path` through a temporary file in the same folder, so
 * the file appears whole or not at all. Without `overwrite`, an existing
 * file is never replaced (checked atomically with a hard link).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, { overwrite = false }: { overwrite?: boolean } = {}): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  if (!overwrite && existsSync(path)) throw new FileExistsError(path);
  const temp = join(dir, `.${path.split(sep).pop()}.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temp, data, { flag: 'wx' });
  try {
    if (overwrite) {
      renameSync(temp, path);
      return;
    }
    try {
      linkSync(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
      throw error;
    }
    unlinkSync(temp);
  } catch (error) {
    if (existsSync(temp)) unlinkSync(temp);
    throw error;
  }
}

/** Every report file under `<contentDir>/reports`, as paths relative to that folder. */
export function reportFiles(contentDir: string): string[] {
  const dir = resolve(contentDir, 'reports');
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => /\.mdx?$/i.test(name) && !name.split('/').some((part) => part.startsWith('.') || part.startsWith('_')))
    .sort();
}
