/** Entries whose review date has passed or is near: what HR chases owners about. */
import { compareZh } from './collate.ts';
import type { LifecycleKind } from './lifecycle.ts';

export interface ReviewCandidate {
  collection: string;
  id: string;
  title: string;
  owner: string;
  reviewBy?: string | undefined;
  status: string;
  /** Lifecycle state on the review date, when known (see lifecycle.ts): replaced versions need no review. */
  state?: LifecycleKind | undefined;
}

export interface ReviewItem extends ReviewCandidate {
  reviewBy: string;
  /** Days from `today` to the review date; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Entries due for review: review date before `today` (overdue) or within
 * `withinDays` days. Drafts and entries no longer in force (by status, or by
 * `state` when given: a version already replaced by a newer one) are left out.
 * Most urgent first.
 */
export function reviewItems(entries: readonly ReviewCandidate[], today: string, withinDays = 30): ReviewItem[] {
  return entries
    .filter((e): e is ReviewCandidate & { reviewBy: string } => Boolean(e.reviewBy) && (e.state ? e.state === 'in-force' || e.state === 'pending' : !['draft', 'superseded', 'archived'].includes(e.status)))
    .map((e) => ({ ...e, daysLeft: daysBetween(today, e.reviewBy), overdue: e.reviewBy < today }))
    .filter((e) => e.daysLeft <= withinDays)
    .sort((a, b) => a.daysLeft - b.daysLeft || compareZh(a.title, b.title));
}
