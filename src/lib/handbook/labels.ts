/** Chinese labels for the handbook's status values and orderings. */
import { LIST_LABELS } from '../collections/index.ts';
import { LEVELS } from '../schemas/roles.ts';

export const POLICY_STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  active: '现行有效',
  superseded: '已废止',
};

export const REPORT_STATUS_LABELS: Record<string, string> = {
  draft: '草稿',
  submitted: '已提交',
  approved: '已审批',
};

export const PERIOD_UNIT_LABELS: Record<string, string> = {
  week: '周',
  month: '月度',
  quarter: '季度',
  half: '半年',
  year: '年度',
};

/** Sort key of a role level: 高管 first, 员工 last. */
export function levelRank(level: string): number {
  const rank = (LEVELS as readonly string[]).indexOf(level);
  return rank === -1 ? LEVELS.length : rank;
}

/** “全部 12 个岗位”: the link from a shortened list to the full one. */
export function allOfLabel(collection: keyof typeof LIST_LABELS, count: number): string {
  const { title, unit } = LIST_LABELS[collection];
  return `全部 ${count} ${unit}${title}`;
}
