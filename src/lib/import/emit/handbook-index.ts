/**
 * What the importer needs to know about the handbook it imports into: the
 * departments and roles that references can point at, the ids already taken,
 * and which documents earlier imports already wrote (by fingerprint), so a
 * second run of the same input writes nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readFrontmatter } from '../../content/frontmatter.ts';

export const COLLECTIONS = ['departments', 'roles', 'procedures', 'policies', 'reports'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export interface HandbookIndex {
  departments: Array<{ id: string; name: string; aliases: string[]; head?: string }>;
  roles: Array<{ id: string; title: string; department?: string }>;
  /** Ids in use per collection (file paths without extension, relative to the collection folder). */
  ids: Record<Collection, Set<string>>;
  /** Fingerprint of an earlier import → where it was written (relative to the content folder). */
  imported: Map<string, string>;
}

/** Reads every entry's frontmatter under `contentDir` (missing folders are empty). */
export function loadHandbookIndex(contentDir: string): HandbookIndex {
  const index: HandbookIndex = {
    departments: [],
    roles: [],
    ids: Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as HandbookIndex['ids'],
    imported: new Map(),
  };
  for (const collection of COLLECTIONS) {
    const folder = join(contentDir, collection);
    if (!existsSync(folder)) continue;
    for (const path of walk(folder)) {
      const id = relative(folder, path).replace(/\.mdx?$/, '').split('\\').join('/');
      index.ids[collection].add(id);
      const data = readFrontmatter(readFileSync(path, 'utf8'))?.data as Record<string, any> | undefined;
      if (!data || typeof data !== 'object') continue;
      const fingerprint = data.source?.fingerprint;
      if (typeof fingerprint === 'string') index.imported.set(fingerprint, relative(contentDir, path));
      if (collection === 'departments' && typeof data.name === 'string') {
        index.departments.push({ id, name: data.name, aliases: Array.isArray(data.aliases) ? data.aliases.map(String) : [], head: data.head });
      }
      if (collection === 'roles' && typeof data.title === 'string') {
        index.roles.push({ id, title: data.title, department: data.department });
      }
    }
  }
  return index;
}

function* walk(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) yield path;
  }
}
