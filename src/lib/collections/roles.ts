/** 岗位: a job description (岗位说明书). */
import { roleSchema } from '../schemas/roles.ts';
import { defineKind } from './kind.ts';

export { roleSchema as schema };

/** The `roles` kind. */
export const roles = defineKind({
  schema: roleSchema,
  labels: { singular: '岗位', list: '岗位', unit: '个' },
  description: '岗位说明书:职责、任职要求、权限和 KPI',
  titleField: 'title',
  summaryField: 'summary',
  fieldLabels: {
    title: '岗位名称',
    code: '岗位编号',
    department: '所属部门',
    level: '岗位级别',
    reportsTo: '直接上级',
    headcount: '编制人数',
    summary: '岗位概述',
    responsibilities: '岗位职责',
    'responsibilities.text': '职责内容',
    'responsibilities.cadence': '频次',
    'responsibilities.standard': '考核标准',
    qualifications: '任职要求',
    'qualifications.basic': '基本要求',
    'qualifications.preferred': '优先条件',
    authority: '工作权限',
    'authority.area': '权限类别',
    'authority.matter': '权限事项',
    'authority.level': '权限级别',
    relations: '工作关系',
    'relations.internal': '内部沟通对象',
    'relations.external': '外部沟通对象',
    kpis: 'KPI',
    'kpis.name': 'KPI 名称',
    'kpis.weight': '权重',
    'kpis.cycle': '考核周期',
    'kpis.standard': '考核标准',
    'kpis.target': '目标值',
    designations: '特别职责',
  },
  listed: true,
  sortField: 'title',
  page: { crumbs: 'department', sidebar: 'entry' },
});
