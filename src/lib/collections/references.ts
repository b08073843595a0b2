/**
 * The references an entry makes, found by following the reference fields the
 * schemas declare with `ref()` (see `REFERENCE_FIELDS`), so no list of
 * reference fields is kept by hand.
 */
import type { CollectionName } from '../schemas/index.ts';
import { REFERENCE_FIELDS } from './index.ts';

/** One reference: where it is in the entry, and the entry it names. */
export interface Reference {
  /** Field path of the reference, e.g. ['steps', 2, 'actors', 0]. */
  path: (string | number)[];
  target: CollectionName;
  id: string;
}

/** The values at a dotted path, descending into lists; each with its concrete path. */
function valuesAt(value: unknown, keys: string[], path: (string | number)[]): Array<{ path: (string | number)[]; value: unknown }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => valuesAt(item, keys, [...path, i]));
  if (keys.length === 0) return [{ path, value }];
  if (value === null || typeof value !== 'object') return [];
  const [key, ...rest] = keys;
  return valuesAt((value as Record<string, unknown>)[key!], rest, [...path, key!]);
}

/**
 * Lists every reference an entry of `collection` makes, in the order its
 * schema declares the fields. Values that are not strings are skipped (the
 * schema check reports them).
 */
export function referencesOf(collection: CollectionName, data: Record<string, unknown>, fields = REFERENCE_FIELDS): Reference[] {
  return fields[collection].flatMap(({ path, target }) =>
    valuesAt(data, path.split('.'), [])
      .filter((found): found is { path: (string | number)[]; value: string } => typeof found.value === 'string')
      .map((found) => ({ path: found.path, target, id: found.value })),
  );
}
