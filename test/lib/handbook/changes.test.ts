import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../../src/lib/handbook/atom.ts';
import { byMonth, changeAnchors, collectChanges } from '../../../src/lib/handbook/changes.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const entries = [
  { collection: 'policies' as const, id: 'a', title: '考核办法', updated: '2026-10-01', version: '2.0', changes: [{ date: '2026-09-01', version: '2.0', summary: '调整权重' }, { date: '2026-09-01', summary: '修正错字' }] },
  { collection: 'roles' as const, id: 'b', title: '运营经理', updated: '2026-10-05', changes: [] },
];

describe('changes', () => {
  it('makes unique anchors per date', () => {
    expect(changeAnchors([{ date: '2026-09-01' }, { date: '2026-09-01' }, { date: '2026-10-01' }])).toEqual(['change-2026-09-01', 'change-2026-09-01-2', 'change-2026-10-01']);
  });
  it('collects change-log lines newest first, and counts an entry without a log as updated', () => {
    const items = collectChanges(entries);
    expect(items.map((i) => [i.id, i.date, i.summary, i.anchor])).toEqual([
      ['b', '2026-10-05', '内容更新', 'history'],
      ['a', '2026-09-01', '调整权重', 'change-2026-09-01'],
      ['a', '2026-09-01', '修正错字', 'change-2026-09-01-2'],
    ]);
    expect(byMonth(items).map(([m, list]) => [m, list.length])).toEqual([['2026-10', 1], ['2026-09', 2]]);
  });
  it('writes valid Atom with escaped text', () => {
    const xml = atomFeed({ title: 'A & B', selfUrl: 'http://x/changes.xml', siteUrl: 'http://x/', entries: [{ id: 'http://x/a#1', url: 'http://x/a#1', title: '<标题>', updated: '2026-09-01', summary: '"摘要"' }] });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser().parse(xml).feed;
    expect(feed.title).toBe('A & B');
    expect(feed.entry.title).toBe('<标题>');
  });
});
