/** Git history of the handbook's content, read once per build, as readers' change descriptions. */
import { relative, resolve } from 'node:path';
import { contentDir } from '../lib/content/paths.ts';
import { describeChanges, entryChanges, type FieldChange } from '../lib/history/entry-changes.ts';
import { fileAt, historyOfFolder } from '../lib/history/git-history.ts';
import type { CollectionName } from '../lib/schemas/index.ts';

const history = historyOfFolder(contentDir());

/** One recorded version of an entry and what changed from the version before it. */
export interface VersionChanges {
  /** YYYY-MM-DD of the version (commit author date). */
  date: string;
  /** The version is the file's first. */
  first: boolean;
  changes: FieldChange[];
  /** Chinese change-log lines (describeChanges); commit messages are never shown to readers. */
  lines: string[];
}

/** Versions shown per entry (the newest ones that changed something readers see). */
const SHOWN_VERSIONS = 3;

const cache = new Map<string, VersionChanges[]>();

/**
 * What changed in the recorded versions of an entry's file, newest first (at
 * most {@link SHOWN_VERSIONS} versions that changed something readers see). Computed once per
 * file: the entry page and /changes/ share it.
 */
export function entryVersions(filePath: string | undefined): VersionChanges[] {
  if (!history || !filePath) return [];
  // content/<collection>/…: field labels are looked up per kind.
  const collection = relative(contentDir(), resolve(filePath)).split(/[\\/]/)[0] as CollectionName;
  const path = relative(history.root, resolve(filePath));
  if (cache.has(path)) return cache.get(path)!;
  const versions = history.versions.get(path) ?? [];
  const result: VersionChanges[] = [];
  // Each version's text is read once: the older text of one comparison is the newer text of the next.
  let newer: string | undefined;
  for (let i = 0; i < versions.length && result.length < SHOWN_VERSIONS; i++) {
    const [to, from] = [versions[i]!, versions[i + 1]];
    const date = to.date.slice(0, 10);
    if (!from) {
      result.push({ date, first: true, changes: [], lines: ['首次收录'] });
      continue;
    }
    const older = fileAt(history.root, from.commit, path);
    const changes = entryChanges(collection, older, newer ?? fileAt(history.root, to.commit, path));
    if (changes.length > 0) result.push({ date, first: false, changes, lines: describeChanges(changes) });
    newer = older;
  }
  cache.set(path, result);
  return result;
}
