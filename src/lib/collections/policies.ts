/** 制度: 制度 / 办法 / 规定 / 方案 / 细则, written in chapters and articles. */
import { policySchema } from '../schemas/policies.ts';
import { defineKind } from './kind.ts';

export { policySchema as schema };

/** The `policies` kind. */
export const policies = defineKind({
  schema: policySchema,
  labels: { singular: '制度', list: '制度', unit: '项' },
  description: '管理制度、办法、规定、方案和细则',
  titleField: 'title',
  summaryField: 'purpose',
  fieldLabels: {
    title: '标题',
    docType: '文件类型',
    department: '归口部门',
    issuer: '发文单位',
    purpose: '目的',
    basis: '依据',
    scope: '适用范围',
    kpiScheme: '考核方案',
    'kpiScheme.metrics': '考核指标',
    'kpiScheme.metrics.name': '指标名称',
    'kpiScheme.metrics.weight': '权重',
    'kpiScheme.metrics.standard': '评分标准',
    'kpiScheme.bands': '分数段',
    'kpiScheme.bands.min': '分数下限',
    'kpiScheme.bands.max': '分数上限',
    'kpiScheme.bands.payout': '发放办法',
    'kpiScheme.formula': '计算公式',
    'kpiScheme.cycle': '考核周期',
    'kpiScheme.deadline': '提交时限',
    'kpiScheme.approvalChain': '审批环节',
  },
  fieldOrder: ['title', 'docType', 'department', 'issuer', 'purpose', 'basis', 'scope', 'effective', 'version', 'status', 'supersedes', 'kpiScheme', 'lang', 'owner', 'updated', 'reviewBy', 'changes'],
  listed: true,
  sortField: 'title',
  page: { crumbs: 'department', sidebar: 'entry' },
});
