import { describe, expect, it } from 'vitest';
import { hasFullList, listPages, pageSegment, PREVIEW_LIMIT, SIDEBAR_LIMIT, sidebarItems } from '../../../src/lib/handbook/navigation.ts';

const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `e${i + 1}` }));
const shownIds = (result: ReturnType<typeof sidebarItems<{ id: string }>>) => result.shown.map((s) => `${s.afterGap ? '…' : ''}${s.item.id}`);

describe('sidebarItems', () => {
  it('shows a short list whole', () => {
    const result = sidebarItems(entries(3), 'e2', 10);
    expect(shownIds(result)).toEqual(['e1', 'e2', 'e3']);
    expect(result.hidden).toBe(0);
  });

  it('shows the first entries of a long list and counts the rest', () => {
    const result = sidebarItems(entries(250), undefined, 10);
    expect(shownIds(result)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8', 'e9', 'e10']);
    expect(result.hidden).toBe(240);
  });

  it('adds the current entry after a gap when it comes later', () => {
    const result = sidebarItems(entries(250), 'e137', 10);
    expect(shownIds(result).slice(-2)).toEqual(['e10', '…e137']);
    expect(result.hidden).toBe(239);
    expect(shownIds(sidebarItems(entries(250), 'e4', 10))).toHaveLength(10);
  });
});

describe('listPages', () => {
  it('cuts a list into pages that cover it in order', () => {
    const pages = listPages(entries(105), 50);
    expect(pages.map((p) => [p.number, p.last, p.offset, p.items.length, p.total])).toEqual([
      [1, 3, 0, 50, 105],
      [2, 3, 50, 50, 105],
      [3, 3, 100, 5, 105],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(entries(105));
  });

  it('always gives one page, and refuses a page size below one', () => {
    expect(listPages([], 50)).toEqual([{ number: 1, last: 1, items: [], offset: 0, total: 0 }]);
    expect(() => listPages(entries(3), 0)).toThrow(RangeError);
  });

  it('names later pages page/N, which no entry id can be', () => {
    expect([1, 2, 12].map(pageSegment)).toEqual([undefined, 'page/2', 'page/12']);
  });
});

describe('hasFullList', () => {
  it('gives a kind its own list exactly when the sidebar or the department page shortens it', () => {
    expect(SIDEBAR_LIMIT).toBeLessThanOrEqual(PREVIEW_LIMIT);
    expect(hasFullList('roles', SIDEBAR_LIMIT)).toBe(false);
    expect(hasFullList('roles', SIDEBAR_LIMIT + 1)).toBe(true);
    expect(sidebarItems(entries(SIDEBAR_LIMIT + 1), undefined).hidden).toBeGreaterThan(0);
    // Reports are not in the sidebar: only the department page shortens them.
    expect(hasFullList('reports', SIDEBAR_LIMIT + 1)).toBe(false);
    expect(hasFullList('reports', PREVIEW_LIMIT + 1)).toBe(true);
  });
});
