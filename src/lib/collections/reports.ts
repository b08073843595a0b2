/** 计划与总结: 工作计划, 工作总结, 总结与计划 and 述职报告, filed by year. */
import { reportSchema } from '../schemas/reports.ts';
import { defineKind } from './kind.ts';

export { reportSchema as schema };

/** The `reports` kind. */
export const reports = defineKind({
  schema: reportSchema,
  labels: { singular: '报告', list: '计划与总结', unit: '份' },
  description: '工作计划、工作总结、总结与计划和述职报告(按年份存放)',
  titleField: 'title',
  fieldLabels: {
    title: '标题',
    kind: '报告类型',
    period: '报告期',
    'period.unit': '周期',
    'period.start': '开始日期',
    'period.end': '结束日期',
    department: '部门',
    role: '岗位',
    author: '撰写人',
    date: '日期',
  },
  fieldOrder: ['title', 'kind', 'period', 'department', 'role', 'author', 'date', 'status', 'lang', 'owner', 'updated'],
  byYear: true,
  rawBody: true,
  listed: true,
  sortField: 'date',
  page: { crumbs: 'list', sidebar: 'list' },
});
