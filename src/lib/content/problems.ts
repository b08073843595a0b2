/** A problem found in handbook content, and how to print a list of them for people. */

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the file, relative to the project root where possible. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Dotted field path, e.g. `kpis.2.weight`. */
  field?: string;
  message: string;
  severity: Severity;
}

/** Chinese names of frontmatter fields, so messages name fields the way authors think of them. */
const FIELD_LABELS: Record<string, string> = {
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
  reviewBy: '复查日期', changes: '修订记录',
};

/** Renders a field path for people: `kpis.2.weight` → `kpis › 第3项 › weight(权重)`. */
export function describeField(field: string): string {
  return field
    .split('.')
    .map((part) => {
      if (/^\d+$/.test(part)) return `第${Number(part) + 1}项`;
      const label = FIELD_LABELS[part];
      return label ? `${part}(${label})` : part;
    })
    .join(' › ');
}

/** Problems sorted by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/**
 * Formats problems as a report grouped by file, one line per problem:
 * `  第 12 行  kpis(KPI):KPI 的权重合计为 90,应为 100`.
 */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return '手册内容检查通过,没有发现问题。';
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines: string[] = [];
  const summary = [errors && `${errors} 处错误`, warnings && `${warnings} 处提醒`].filter(Boolean).join('、');
  lines.push(`手册内容检查发现 ${summary}:`);
  let currentFile = '';
  for (const problem of sortProblems(problems)) {
    if (problem.file !== currentFile) {
      currentFile = problem.file;
      lines.push('', currentFile);
    }
    const mark = problem.severity === 'error' ? '✖ 错误' : '⚠ 提醒';
    const where = problem.line ? `第 ${problem.line} 行` : '';
    const field = problem.field ? `${describeField(problem.field)}:` : '';
    lines.push(`  ${mark} ${where ? `${where}  ` : ''}${field}${problem.message}`);
    lines.push(`    ${problem.file}${problem.line ? `:${problem.line}` : ''}`);
  }
  return lines.join('\n');
}
