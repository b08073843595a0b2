/** The handbook's collections and their schemas, in navigation order. */
import { departmentSchema } from './departments.ts';
import { policySchema } from './policies.ts';
import { procedureSchema } from './procedures.ts';
import { reportSchema } from './reports.ts';
import { roleSchema } from './roles.ts';

export const schemas = {
  departments: departmentSchema,
  roles: roleSchema,
  procedures: procedureSchema,
  policies: policySchema,
  reports: reportSchema,
} as const;

export type CollectionName = keyof typeof schemas;
export const COLLECTIONS = Object.keys(schemas) as CollectionName[];

/** Chinese name of each collection, as shown to authors and readers. */
export const COLLECTION_LABELS: Record<CollectionName, string> = {
  departments: '部门',
  roles: '岗位',
  procedures: '流程',
  policies: '制度',
  reports: '报告',
};
