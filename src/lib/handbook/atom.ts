/** An Atom 1.0 feed, written by hand: the format is small and a dependency would add nothing. */

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD */
  updated: string;
  summary: string;
}

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** An Atom document for `entries` (newest first); `selfUrl` is the feed's own absolute URL. */
export function atomFeed(feed: { title: string; selfUrl: string; siteUrl: string; entries: FeedEntry[] }): string {
  const updated = feed.entries[0]?.updated ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <updated>${updated}T00:00:00+08:00</updated>`,
    '  <author><name>手册维护人员</name></author>',
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <updated>${entry.updated}T00:00:00+08:00</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
