/**
 * Chinese names of frontmatter and site-settings fields, so every message
 * (checker, importer) names fields the way authors think of them.
 */
export const FIELD_LABELS: Record<string, string> = {
  title: '标题', name: '名称', aliases: '别名', parent: '上级部门', head: '部门负责岗位', functions: '部门职能',
  mustKnow: '应知应会', order: '排序', owner: '负责岗位', updated: '更新日期', lang: '语言', code: '岗位编号',
  department: '所属部门', level: '岗位级别', reportsTo: '直接上级', headcount: '编制人数', summary: '概述',
  responsibilities: '岗位职责', text: '内容', cadence: '频次', standard: '标准', qualifications: '任职资格',
  basic: '基本要求', preferred: '优先条件', authority: '权限', area: '类别', matter: '事项', relations: '沟通关系',
  internal: '内部', external: '外部', kpis: 'KPI', weight: '权重', cycle: '考核周期', target: '目标值',
  designations: '特别职责', kind: '类型', participants: '参与岗位', trigger: '触发条件', schedule: '时间安排',
  frequency: '频次', times: '时间', weekdays: '星期', daysOfMonth: '每月日期', holidays: '节假日安排',
  steps: '步骤', actors: '执行岗位', action: '步骤内容', time: '时间', holidayTime: '节假日时间', deadline: '时限',
  forms: '表单', approval: '审批岗位', note: '备注', branches: '分支', condition: '条件', afterStep: '所在步骤',
  checklists: '检查表', category: '类别', items: '检查项', records: '记录和表单', escalation: '上报', to: '上报对象',
  within: '时限', donts: '禁止事项', relatedPolicies: '相关制度', docType: '文件类型', issuer: '发文单位',
  purpose: '目的', basis: '依据', scope: '适用范围', effective: '生效日期', version: '版本', status: '状态',
  supersedes: '替代的旧版', kpiScheme: '考核方案', metrics: '考核指标', bands: '分数段', min: '下限', max: '上限',
  payout: '发放办法', formula: '计算公式', approvalChain: '审批环节', period: '周期', unit: '周期类型',
  start: '开始日期', end: '结束日期', role: '岗位', author: '撰写人', date: '日期', file: '文件', id: '编号',
  reviewBy: '复查日期', changes: '修订记录', source: '导入来源', lines: '行号范围', fingerprint: '指纹',
  flags: '待核对事项', body: '正文', quickLinks: '首页快捷入口', label: '名称', path: '路径', description: '简介',
  company: '公司名称', allowCode: '允许代码', allowedHosts: '允许的外部网站', template: '模板',
};

/** The Chinese name of the last named part of a field path (`kpis.2.weight` → 权重), or the key itself. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((part) => typeof part === 'string' && !/^\d+$/.test(part));
  if (key === undefined) return '';
  return FIELD_LABELS[String(key)] ?? String(key);
}
