/** Every published entry as one list, for pages that span collections (changes, review, print). */
import { getHandbook } from './handbook.ts';
import { entryVersions } from './history.ts';
import { buildDate } from '../lib/handbook/build-date.ts';
import type { LifecycleKind } from '../lib/handbook/lifecycle.ts';
import type { CollectionName } from '../lib/schemas/index.ts';

export interface AnyEntry {
  collection: CollectionName;
  id: string;
  title: string;
  owner: string;
  updated: string;
  version?: string | undefined;
  effective?: string | undefined;
  reviewBy?: string | undefined;
  status: string;
  /** Policies: which version is in force on the build date (lifecycle.ts); replaced versions need no review. */
  state?: LifecycleKind | undefined;
  changes: { date: string; version?: string | undefined; summary: string }[];
  /** What changed in its recorded versions (git), in Chinese: used where it has no change log of its own. */
  versions: { date: string; lines: string[] }[];
}

/** All entries of the handbook with their lifecycle fields. */
export async function allEntries(): Promise<AnyEntry[]> {
  const handbook = await getHandbook();
  const today = buildDate();
  const pick = (collection: CollectionName, list: { id: string; data: Record<string, any>; filePath?: string | undefined }[]) =>
    list.map(({ id, data, filePath }) => ({
      collection, id, title: data.title ?? data.name, owner: data.owner, updated: data.updated, version: data.version,
      effective: data.effective, reviewBy: data.reviewBy, status: data.status, changes: data.changes ?? [],
      state: collection === 'policies' ? handbook.relations.policyLifecycle.stateOf(id, today).kind : undefined,
      get versions() {
        // Read from git only by the pages that show it (/changes/ and the feed), not by the review list.
        if (data.changes?.length) return [];
        const versions = entryVersions(filePath);
        const changed = versions.filter((v) => !v.first);
        // Only the first recorded version: one line on the entry's own date, not one per entry on the day the
        // content was first committed (an initial import would otherwise fill /changes/ with 首次收录).
        return changed.length || versions.length === 0 ? changed : [{ date: data.updated, lines: ['首次收录'] }];
      },
    }));
  return [
    ...pick('departments', handbook.departments),
    ...pick('roles', handbook.roles),
    ...pick('procedures', handbook.procedures),
    ...pick('policies', handbook.policies),
    ...pick('reports', handbook.reports),
  ];
}
