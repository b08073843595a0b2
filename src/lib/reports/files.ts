/**
 * Node-only helpers of the report scripts: loading the handbook snapshot from
 * the content folder and placing files safely inside `content/reports`. The
 * atomic writer lives in `src/lib/files/atomic-write.ts` (re-exported here).
 */
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
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

export { FileExistsError, writeFileAtomic } from '../files/atomic-write.ts';

/** Every report file under `<contentDir>/reports`, as paths relative to that folder. */
export function reportFiles(contentDir: string): string[] {
  const dir = resolve(contentDir, 'reports');
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => /\.mdx?$/i.test(name) && !name.split('/').some((part) => part.startsWith('.') || part.startsWith('_')))
    .sort();
}
