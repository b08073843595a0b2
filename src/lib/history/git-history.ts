/**
 * Versions of content files as git recorded them (what changed between two
 * versions, for readers, is `entry-changes.ts`). Everything degrades to "no
 * history" when the content is not in a git repository or git is not installed.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

export interface FileVersion {
  commit: string;
  /** ISO date of the commit (author date). */
  date: string;
  subject: string;
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * Versions of every file below `dir`, newest first, keyed by path relative to
 * the repository root. One git call for the whole folder.
 */
export function historyOfFolder(dir: string): { root: string; versions: Map<string, FileVersion[]> } | undefined {
  const root = git(dir, ['rev-parse', '--show-toplevel'])?.trim();
  if (!root) return undefined;
  const log = git(root, ['log', '--format=%x1e%H%x1f%aI%x1f%s', '--name-only', '--', relative(root, resolve(dir)) || '.']);
  if (log === undefined) return undefined;
  const versions = new Map<string, FileVersion[]>();
  for (const record of log.split('\x1e').slice(1)) {
    const [header, ...files] = record.split('\n');
    const [commit, date, subject] = header!.split('\x1f');
    for (const file of files.filter(Boolean)) {
      versions.set(file, [...(versions.get(file) ?? []), { commit: commit!, date: date!, subject: subject ?? '' }]);
    }
  }
  return { root, versions };
}

/** The text of `path` (relative to the repository root) at `commit`, or '' when it did not exist. */
export function fileAt(root: string, commit: string, path: string): string {
  return git(root, ['show', `${commit}:${path}`]) ?? '';
}
