/**
 * The content-kind registry: every kind of handbook entry, in navigation
 * order. Everything derived from it is a `Record<CollectionName, …>`, so a
 * new kind that lacks something fails to compile.
 */
import type { CollectionName } from '../schemas/index.ts';
import { departments } from './departments.ts';
import { COMMON_FIELD_LABELS, type KindDefinition } from './kind.ts';
import { policies } from './policies.ts';
import { procedures } from './procedures.ts';
import { reports } from './reports.ts';
import { roles } from './roles.ts';
import { objectFields, referenceFields, type ReferenceField } from './schema-fields.ts';

export type { KindDefinition, KindLabels } from './kind.ts';
export { COMMON_FIELD_LABELS, defineKind } from './kind.ts';

/** A set of kinds by collection name; `KINDS` is the handbook's, tests build their own. */
export type KindRegistry = Readonly<Record<string, KindDefinition>>;

/** The handbook's kinds of entry, in navigation order. */
export const KINDS = { departments, roles, procedures, policies, reports } as const satisfies Record<CollectionName, KindDefinition>;

/** Kinds listed on department pages, in the sidebar and in paginated lists. */
export type ListedCollection = { [K in CollectionName]: (typeof KINDS)[K]['listed'] extends true ? K : never }[CollectionName];

const names = Object.keys(KINDS) as CollectionName[];

/** Chinese name of one entry of each kind in `registry`. */
export function collectionLabels<R extends KindRegistry>(registry: R): Record<keyof R & string, string> {
  return Object.fromEntries(Object.entries(registry).map(([name, kind]) => [name, kind.labels.singular])) as Record<keyof R & string, string>;
}

/** Heading and counter word of each listed kind in `registry`, in registry order. */
export function listLabels(registry: KindRegistry): Record<string, { title: string; unit: string }> {
  return Object.fromEntries(
    Object.entries(registry)
      .filter(([, kind]) => kind.listed)
      .map(([name, kind]) => [name, { title: kind.labels.list, unit: kind.labels.unit }]),
  );
}

/** Reference fields of every kind in `registry`, derived from the schemas' `ref()` metadata (`self` resolved). */
export function referenceFieldsOf(registry: KindRegistry): Record<string, Array<{ path: string; target: string }>> {
  return Object.fromEntries(
    Object.entries(registry).map(([name, kind]) => [
      name,
      referenceFields(objectFields(kind.schema)).map((field: ReferenceField) => ({ path: field.path, target: field.target === 'self' ? name : field.target })),
    ]),
  );
}

/** Chinese name of one entry of each kind (岗位, 报告), as shown to authors and readers. */
export const COLLECTION_LABELS: Record<CollectionName, string> = collectionLabels(KINDS);

/** The listed kinds, in navigation order. */
export const LISTED_COLLECTIONS = names.filter((name) => KINDS[name].listed) as ListedCollection[];

/** Heading and counter word of each listed kind: “岗位”, “全部 12 个岗位”. */
export const LIST_LABELS = listLabels(KINDS) as Record<ListedCollection, { title: string; unit: string }>;

/** Chinese label of a field of `kind` (dotted path, no list indexes), or undefined when none is declared. */
export function fieldLabel(kind: KindDefinition, path: string): string | undefined {
  return kind.fieldLabels[path] ?? COMMON_FIELD_LABELS[path];
}

/** The reference fields of every kind: what the checker must resolve, derived from the schemas. */
export const REFERENCE_FIELDS = referenceFieldsOf(KINDS) as Record<CollectionName, Array<{ path: string; target: CollectionName }>>;
