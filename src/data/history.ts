/** Git history of the handbook's content, read once per build. */
import { relative, resolve } from 'node:path';
import { contentDir } from '../lib/content/paths.ts';
import { fileAt, historyOfFolder, lineDiff, type DiffLine, type FileVersion } from '../lib/history/git-history.ts';

const history = historyOfFolder(contentDir());

export interface VersionDiff {
  from: FileVersion;
  to: FileVersion;
  lines: DiffLine[];
}

/** Differences between consecutive recorded versions of an entry's file, newest first (at most `limit`). */
export function entryDiffs(filePath: string | undefined, limit = 3): VersionDiff[] {
  if (!history || !filePath) return [];
  const path = relative(history.root, resolve(filePath));
  const versions = history.versions.get(path) ?? [];
  const diffs: VersionDiff[] = [];
  for (let i = 0; i + 1 < versions.length && diffs.length < limit; i++) {
    const [to, from] = [versions[i]!, versions[i + 1]!];
    const lines = lineDiff(fileAt(history.root, from.commit, path), fileAt(history.root, to.commit, path));
    if (lines.some((l) => l.kind !== 'same' && l.kind !== 'gap')) diffs.push({ from, to, lines });
  }
  return diffs;
}
