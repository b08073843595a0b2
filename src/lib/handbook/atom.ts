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

/**
 * Links and ids of a feed: absolute when the site's address is known (SITE_URL
 * or site.yaml `url`); otherwise links relative to the feed (readers resolve
 * them against the address they subscribed to) and ids that need no host.
 */
export function feedLinks(site: URL | string | undefined): { link: (path: string) => string; id: (path: string) => string; warning?: string } {
  if (site) {
    const absolute = (path: string) => new URL(path, site).href;
    return { link: absolute, id: absolute };
  }
  return {
    link: (path) => path,
    id: (path) => `urn:handbook:${encodeURI(path.replace(/^\/+/, ''))}`,
    warning: '修订订阅(changes.xml)不知道网站地址,链接写成了相对地址,部分订阅软件打不开。请在 content/site.yaml 写上 url: https://手册网址/ ,或构建时设置 SITE_URL',
  };
}

/** An Atom document for `entries` (newest first); `selfUrl` is the feed's own URL, `selfId` its id (default: selfUrl). */
export function atomFeed(feed: { title: string; selfUrl: string; selfId?: string; siteUrl: string; entries: FeedEntry[] }): string {
  const updated = feed.entries[0]?.updated ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <id>${escapeXml(feed.selfId ?? feed.selfUrl)}</id>`,
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
