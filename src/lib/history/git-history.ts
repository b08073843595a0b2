/**
 * Versions of content files as git recorded them, and readable differences
 * between two versions. Everything degrades to "no history" when the content
 * is not in a git repository or git is not installed.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { diffLines } from 'diff';

export interface FileVersion {
  commit: string;
  /** ISO date of the commit (author date). */
  date: string;
  subject: string;
}

export interface DiffLine {
  kind: 'added' | 'removed' | 'same' | 'gap';
  text: string;
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

/**
 * Line differences between two texts, unchanged stretches folded to
 * `context` lines around each change (a `gap` line stands for the rest).
 */
export function lineDiff(before: string, after: string, context = 2): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const part of diffLines(before, after)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    for (const text of part.value.replace(/\n$/, '').split('\n')) lines.push({ kind, text });
  }
  const keep = lines.map((line, i) => line.kind !== 'same' || lines.slice(Math.max(0, i - context), i + context + 1).some((l) => l.kind !== 'same'));
  const folded: DiffLine[] = [];
  lines.forEach((line, i) => {
    if (keep[i]) folded.push(line);
    else if (folded.at(-1)?.kind !== 'gap') folded.push({ kind: 'gap', text: '' });
  });
  return folded;
}
