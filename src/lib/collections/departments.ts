/** 部门: what a department owns and what its members must know. */
import { departmentSchema } from '../schemas/departments.ts';
import { defineKind } from './kind.ts';

export { departmentSchema as schema };

/** The `departments` kind. */
export const departments = defineKind({
  schema: departmentSchema,
  labels: { singular: '部门', list: '部门', unit: '个' },
  description: '部门职能、应知应会和下属岗位的归属',
  titleField: 'name',
  summaryField: 'summary',
  fieldLabels: {
    name: '部门名称',
    aliases: '别名',
    parent: '上级部门',
    head: '部门负责人',
    summary: '部门简介',
    functions: '部门职能',
    mustKnow: '应知应会',
    order: '排序',
  },
  listed: false,
  sortField: 'order',
  page: { crumbs: 'parent', sidebar: 'entry' },
});
