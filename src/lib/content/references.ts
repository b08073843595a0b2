/**
 * Which frontmatter fields point at other entries, and in which collection
 * the target must exist. Checked by the handbook checker before every build.
 */
import type { CollectionName } from '../schemas/index.ts';

export interface Reference {
  /** Field path of the reference, e.g. ['steps', 2, 'actors', 0]. */
  path: (string | number)[];
  target: CollectionName;
  id: string;
}

type Data = Record<string, any>;

const one = (path: (string | number)[], target: CollectionName, id: unknown): Reference[] =>
  typeof id === 'string' ? [{ path, target, id }] : [];

const many = (path: (string | number)[], target: CollectionName, ids: unknown): Reference[] =>
  Array.isArray(ids) ? ids.flatMap((id, i) => one([...path, i], target, id)) : [];

function stepRefs(steps: unknown, base: (string | number)[]): Reference[] {
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((step: Data, i) => [
    ...many([...base, i, 'actors'], 'roles', step?.actors),
    ...one([...base, i, 'approval'], 'roles', step?.approval),
  ]);
}

/** Lists every reference an entry of `collection` makes. */
export function referencesOf(collection: CollectionName, data: Data): Reference[] {
  const common = one(['owner'], 'roles', data.owner);
  switch (collection) {
    case 'departments':
      return [...common, ...one(['parent'], 'departments', data.parent), ...one(['head'], 'roles', data.head)];
    case 'roles':
      return [...common, ...one(['department'], 'departments', data.department), ...one(['reportsTo'], 'roles', data.reportsTo)];
    case 'procedures':
      return [
        ...common,
        ...one(['department'], 'departments', data.department),
        ...many(['participants'], 'roles', data.participants),
        ...stepRefs(data.steps, ['steps']),
        ...(Array.isArray(data.branches)
          ? data.branches.flatMap((branch: Data, i: number) => stepRefs(branch?.steps, ['branches', i, 'steps']))
          : []),
        ...(Array.isArray(data.escalation)
          ? data.escalation.flatMap((rule: Data, i: number) => one(['escalation', i, 'to'], 'roles', rule?.to))
          : []),
        ...many(['relatedPolicies'], 'policies', data.relatedPolicies),
      ];
    case 'policies':
      return [...common, ...one(['department'], 'departments', data.department), ...one(['supersedes'], 'policies', data.supersedes)];
    case 'reports':
      return [...common, ...one(['department'], 'departments', data.department), ...one(['role'], 'roles', data.role)];
  }
}
