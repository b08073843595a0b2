/** The handbook's change history: change-log lines of every entry, newest first. */
import type { CollectionName } from '../schemas/index.ts';
import { compareCodeUnits, compareZh } from './collate.ts';

export interface ChangeSource {
  collection: CollectionName;
  id: string;
  title: string;
  updated: string;
  version?: string | undefined;
  changes: readonly { date: string; version?: string | undefined; summary: string }[];
  /** Recorded versions with Chinese descriptions of what changed (see history/entry-changes.ts), newest first. */
  versions?: readonly { date: string; lines: readonly string[] }[] | undefined;
}

export interface ChangeItem {
  collection: CollectionName;
  id: string;
  title: string;
  date: string;
  version?: string | undefined;
  summary: string;
  /** Anchor of the line on the entry's page, e.g. `change-2026-10-08`. */
  anchor: string;
}

/** Anchors of an entry's change-log lines, unique even when two share a date. */
export function changeAnchors(changes: readonly { date: string }[]): string[] {
  const seen = new Map<string, number>();
  return changes.map(({ date }) => {
    const n = (seen.get(date) ?? 0) + 1;
    seen.set(date, n);
    return n === 1 ? `change-${date}` : `change-${date}-${n}`;
  });
}

/**
 * Every change-log line, newest first. An entry without a change log
 * contributes a line per recorded version saying what changed, or, with no
 * recorded history, one line as updated on its `updated` date.
 */
export function collectChanges(entries: readonly ChangeSource[], limit = Infinity): ChangeItem[] {
  const items: ChangeItem[] = [];
  for (const entry of entries) {
    const base = { collection: entry.collection, id: entry.id, title: entry.title };
    if (entry.changes.length === 0) {
      if (entry.versions?.length) {
        for (const version of entry.versions) items.push({ ...base, date: version.date, summary: version.lines.join(';'), anchor: 'history' });
      } else {
        items.push({ ...base, date: entry.updated, version: entry.version, summary: '内容更新', anchor: 'history' });
      }
      continue;
    }
    const anchors = changeAnchors(entry.changes);
    entry.changes.forEach((change, i) => items.push({ ...base, date: change.date, version: change.version, summary: change.summary, anchor: anchors[i]! }));
  }
  return items.sort((a, b) => compareCodeUnits(b.date, a.date) || compareZh(a.title, b.title)).slice(0, limit);
}

/** Items grouped by month (`2026-10`), in the order given. */
export function byMonth<T extends { date: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const month = item.date.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), item]);
  }
  return [...groups];
}
