/** Chinese labels for the handbook's status values and orderings. */
import { LIST_LABELS } from '../collections/index.ts';
import { OPTION_LABELS } from '../collections/kind.ts';
import { LEVELS } from '../schemas/roles.ts';
import type { LifecycleKind } from './lifecycle.ts';

const pick = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((value) => [value, OPTION_LABELS[value]!]));

/** Badge text of an entry's lifecycle state on the build date (see lifecycle.ts); stored statuses keep their OPTION_LABELS names. */
export const LIFECYCLE_STATE_LABELS: Record<LifecycleKind, string> = {
  draft: OPTION_LABELS.draft!,
  archived: OPTION_LABELS.archived!,
  'in-force': OPTION_LABELS.active!,
  repealed: OPTION_LABELS.superseded!,
  pending: '尚未生效',
  replaced: '已被替代',
};

/** Badge colour class of a lifecycle state. */
export const LIFECYCLE_STATE_BADGES: Record<LifecycleKind, string> = {
  draft: 'badge-warn', archived: 'badge-warn', pending: 'badge-warn', 'in-force': 'badge-ok', replaced: 'badge-danger', repealed: 'badge-danger',
};

/** The note on pages whose states depend on the date: the site shows them as of its last build (rebuild daily). */
export function stateDateNote(buildDate: string): string {
  return `状态按 ${buildDate} 构建时计算`;
}

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
