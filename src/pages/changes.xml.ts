/** /changes.xml — the handbook's change log as an Atom feed. */
import type { APIRoute } from 'astro';
import { allEntries } from '../data/entries.ts';
import { entryHref, href } from '../data/links.ts';
import { site } from '../data/site.ts';
import { atomFeed, feedLinks } from '../lib/handbook/atom.ts';
import { collectChanges } from '../lib/handbook/changes.ts';
import { COLLECTION_LABELS } from '../lib/collections/index.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const links = feedLinks(siteUrl);
  if (!siteUrl) console.warn(`\n[handbook] ${links.warning}`);
  const items = collectChanges(await allEntries(), 50);
  const body = atomFeed({
    title: `${site.title} · 修订记录`,
    selfUrl: links.link(href('changes.xml')),
    selfId: links.id(href('changes.xml')),
    siteUrl: links.link(href('changes/')),
    entries: items.map((item) => {
      const path = `${entryHref(item.collection, item.id)}#${item.anchor}`;
      return {
        id: links.id(`${path}@${item.date}`),
        url: links.link(path),
        title: `【${COLLECTION_LABELS[item.collection]}】${item.title}${item.version ? ` ${item.version}` : ''}`,
        updated: item.date,
        summary: item.summary,
      };
    }),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
