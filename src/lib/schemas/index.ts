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
