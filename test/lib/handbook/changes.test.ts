import { describe, expect, it } from 'vitest';
import { atomFeed, feedLinks } from '../../../src/lib/handbook/atom.ts';
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

describe('changes without a change log of their own', () => {
  it('say what changed in each recorded version instead of 内容更新', () => {
    const items = collectChanges([{ collection: 'roles', id: 'c', title: '楼层主管', updated: '2026-10-05', changes: [], versions: [
      { date: '2026-10-05', lines: ['修改了 生效日期:2026年1月1日 → 2026年3月1日', '岗位职责增加 1 条'] },
      { date: '2026-05-01', lines: ['首次收录'] },
    ] }]);
    expect(items.map((i) => [i.date, i.summary])).toEqual([
      ['2026-10-05', '修改了 生效日期:2026年1月1日 → 2026年3月1日;岗位职责增加 1 条'],
      ['2026-05-01', '首次收录'],
    ]);
    expect(items.some((i) => i.summary === '内容更新')).toBe(false);
  });
});

describe('feed links', () => {
  it('are absolute with a site address and relative, with a warning, without one', () => {
    
    const withSite = feedLinks('https://handbook.example.com/sub/');
    expect(withSite.link('/sub/roles/a/')).toBe('https://handbook.example.com/sub/roles/a/');
    expect(withSite.warning).toBeUndefined();
    const bare = feedLinks(undefined);
    expect(bare.link('/roles/a/#history')).toBe('/roles/a/#history');
    expect(bare.id('/roles/a/#history')).toBe('urn:handbook:roles/a/#history');
    expect(bare.warning).toMatch(/site\.yaml.*url/);
    const xml = atomFeed({ title: 't', selfUrl: bare.link('/changes.xml'), selfId: bare.id('/changes.xml'), siteUrl: '/changes/', entries: [] });
    expect(xml).not.toContain('localhost');
    expect(XMLValidator.validate(xml)).toBe(true);
  });
});
