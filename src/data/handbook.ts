/**
 * The handbook as the site sees it: every collection loaded once per build
 * and shared by all pages, plus lookups by id.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { deriveRelations, sortDepartments, type HandbookData, type HandbookRelations } from '../lib/handbook/relations.ts';

export interface Handbook extends HandbookData {
  departments: CollectionEntry<'departments'>[];
  roles: CollectionEntry<'roles'>[];
  procedures: CollectionEntry<'procedures'>[];
  policies: CollectionEntry<'policies'>[];
  reports: CollectionEntry<'reports'>[];
  department(id: string): CollectionEntry<'departments'> | undefined;
  role(id: string): CollectionEntry<'roles'> | undefined;
  policy(id: string): CollectionEntry<'policies'> | undefined;
  /** Title of a role, or the id itself when unknown. */
  roleTitle(id: string): string;
  /** Derived relations (department contents, reporting lines, procedures of a role …), computed once per build. */
  relations: HandbookRelations<Handbook>;
}

let cached: Promise<Handbook> | undefined;

/** Drafts are part of the site in `astro dev` only: a production build has no page, link or search entry for them. */
const published = ({ data }: { data: { status: string } }) => !import.meta.env.PROD || data.status !== 'draft';

async function load(): Promise<Handbook> {
  const [departments, roles, procedures, policies, reports] = await Promise.all([
    getCollection('departments', published),
    getCollection('roles', published),
    getCollection('procedures', published),
    getCollection('policies', published),
    getCollection('reports', published),
  ]);
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));
  const departmentMap = byId(departments);
  const roleMap = byId(roles);
  const policyMap = byId(policies);
  const handbook: Omit<Handbook, 'relations'> = {
    departments: sortDepartments(departments),
    roles,
    procedures,
    policies,
    reports,
    department: (id) => departmentMap.get(id),
    role: (id) => roleMap.get(id),
    policy: (id) => policyMap.get(id),
    roleTitle: (id) => roleMap.get(id)?.data.title ?? id,
  };
  return { ...handbook, relations: deriveRelations(handbook as Handbook) };
}

/** The loaded handbook; loaded on first call, then shared. */
export function getHandbook(): Promise<Handbook> {
  cached ??= load();
  return cached;
}
