/** Every published entry as one list, for pages that span collections (changes, review, print). */
import { getHandbook } from './handbook.ts';
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
  changes: { date: string; version?: string | undefined; summary: string }[];
}

/** All entries of the handbook with their lifecycle fields. */
export async function allEntries(): Promise<AnyEntry[]> {
  const handbook = await getHandbook();
  const pick = (collection: CollectionName, list: { id: string; data: Record<string, any> }[]) =>
    list.map(({ id, data }) => ({
      collection, id, title: data.title ?? data.name, owner: data.owner, updated: data.updated, version: data.version,
      effective: data.effective, reviewBy: data.reviewBy, status: data.status, changes: data.changes ?? [],
    }));
  return [
    ...pick('departments', handbook.departments),
    ...pick('roles', handbook.roles),
    ...pick('procedures', handbook.procedures),
    ...pick('policies', handbook.policies),
    ...pick('reports', handbook.reports),
  ];
}
