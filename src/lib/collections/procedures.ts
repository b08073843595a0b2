/** 流程: SOPs, rotas, meetings and emergency plans. */
import { procedureSchema } from '../schemas/procedures.ts';
import { defineKind } from './kind.ts';

export { procedureSchema as schema };

const step = (prefix: string): Record<string, string> => ({
  [`${prefix}.actors`]: '执行岗位',
  [`${prefix}.action`]: '步骤内容',
  [`${prefix}.time`]: '时间',
  [`${prefix}.endTime`]: '结束时间',
  [`${prefix}.holidayTime`]: '节假日时间',
  [`${prefix}.deadline`]: '时限',
  [`${prefix}.forms`]: '表单',
  [`${prefix}.approval`]: '审批岗位',
  [`${prefix}.note`]: '备注',
});

/** The `procedures` kind. */
export const procedures = defineKind({
  schema: procedureSchema,
  labels: { singular: '流程', list: '流程', unit: '个' },
  description: '流程、SOP、检查表、应急预案和会议制度',
  titleField: 'title',
  summaryField: 'summary',
  fieldLabels: {
    title: '标题',
    kind: '流程类型',
    department: '所属部门',
    summary: '概述',
    participants: '参与岗位',
    trigger: '触发条件',
    schedule: '时间安排',
    'schedule.frequency': '频次',
    'schedule.times': '时刻',
    'schedule.weekdays': '星期',
    'schedule.daysOfMonth': '每月几日',
    'schedule.holidays': '节假日安排',
    'schedule.note': '说明',
    steps: '步骤',
    ...step('steps'),
    branches: '分支',
    'branches.condition': '分支条件',
    'branches.afterStep': '在第几步之后',
    'branches.steps': '分支步骤',
    ...step('branches.steps'),
    checklists: '检查表',
    'checklists.category': '检查类别',
    'checklists.items': '检查项',
    records: '记录和表单',
    escalation: '上报',
    'escalation.condition': '上报条件',
    'escalation.to': '上报给',
    'escalation.within': '时限',
    donts: '禁止事项',
    relatedPolicies: '相关制度',
  },
  listed: true,
  sortField: 'title',
  page: { crumbs: 'department', sidebar: 'entry' },
});
