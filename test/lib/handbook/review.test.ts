import { describe, expect, it } from 'vitest';
import { daysBetween, reviewItems } from '../../../src/lib/handbook/review.ts';

const entry = (id: string, reviewBy?: string, status = 'active') => ({ collection: 'roles', id, title: id, owner: 'o', reviewBy, status });

describe('reviewItems', () => {
  it('counts days between dates', () => {
    expect(daysBetween('2026-11-22', '2026-12-22')).toBe(30);
    expect(daysBetween('2026-11-22', '2026-11-01')).toBe(-21);
  });
  it('lists overdue and due-within-30-days entries, most urgent first', () => {
    const items = reviewItems([entry('later', '2026-12-23'), entry('soon', '2026-12-22'), entry('late', '2026-10-01'), entry('today', '2026-11-22'), entry('none')], '2026-11-22');
    expect(items.map((i) => [i.id, i.overdue, i.daysLeft])).toEqual([['late', true, -52], ['today', false, 0], ['soon', false, 30]]);
  });
  it('leaves out drafts and entries no longer in force', () => {
    expect(reviewItems([entry('a', '2026-01-01', 'draft'), entry('b', '2026-01-01', 'superseded'), entry('c', '2026-01-01', 'archived')], '2026-11-22')).toEqual([]);
  });
});

describe('review reminders follow the lifecycle state', () => {
  it('leave out a version already replaced by a newer one, even if its status is still active', () => {
    const base = { collection: 'policies', title: '办法', owner: 'x', reviewBy: '2026-11-01', status: 'active' };
    const items = reviewItems([{ ...base, id: 'old', state: 'replaced' }, { ...base, id: 'new', state: 'pending' }, { ...base, id: 'now', state: 'in-force' }], '2026-11-22');
    expect(items.map((i) => i.id).sort()).toEqual(['new', 'now']);
  });
});
