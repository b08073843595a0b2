/** Chinese labels for the handbook's status values and orderings. */
import { LIST_LABELS } from '../collections/index.ts';
import { OPTION_LABELS } from '../collections/kind.ts';
import { LEVELS } from '../schemas/roles.ts';

const pick = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((value) => [value, OPTION_LABELS[value]!]));

export const POLICY_STATUS_LABELS: Record<string, string> = pick(['draft', 'active', 'superseded']);

export const REPORT_STATUS_LABELS: Record<string, string> = pick(['draft', 'submitted', 'approved']);

export const PERIOD_UNIT_LABELS: Record<string, string> = pick(['week', 'month', 'quarter', 'half', 'year']);

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
