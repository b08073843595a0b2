/** Schema problems of an imported document, in one line of Chinese per problem. */
const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  name: '名称',
  department: '所属部门',
  owner: '负责岗位',
  responsibilities: '岗位职责',
  functions: '部门职能',
  steps: '步骤',
  period: '周期',
  role: '岗位',
  kpis: 'KPI',
  kpiScheme: '考核方案',
  effective: '施行日期',
  version: '版本',
};

/** Joins zod issues as “字段(路径):说明” lines. */
export function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String);
      const label = FIELD_LABELS[path[0] ?? ''] ?? path[0] ?? '';
      return `${label}${path.length > 1 ? `(${path.join('.')})` : ''}:${issue.message}`;
    })
    .join(';');
}
