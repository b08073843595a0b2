/** Chinese labels for the handbook's status values and orderings. */
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

/** The kinds of entry a department lists (page sections, sidebar groups, paginated lists). */
export const LISTED_COLLECTIONS = ['roles', 'procedures', 'policies', 'reports'] as const;
export type ListedCollection = (typeof LISTED_COLLECTIONS)[number];

/** Heading and counter word of each listed kind: “岗位”, “全部 12 个岗位”. */
export const LIST_LABELS: Record<ListedCollection, { title: string; unit: string }> = {
  roles: { title: '岗位', unit: '个' },
  procedures: { title: '流程', unit: '个' },
  policies: { title: '制度', unit: '项' },
  reports: { title: '计划与总结', unit: '份' },
};

/** “全部 12 个岗位”: the link from a shortened list to the full one. */
export function allOfLabel(collection: ListedCollection, count: number): string {
  const { title, unit } = LIST_LABELS[collection];
  return `全部 ${count} ${unit}${title}`;
}
