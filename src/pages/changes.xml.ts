/** /changes.xml — the handbook's change log as an Atom feed. */
import type { APIRoute } from 'astro';
import { allEntries } from '../data/entries.ts';
import { entryHref, href } from '../data/links.ts';
import { site } from '../data/site.ts';
import { atomFeed } from '../lib/handbook/atom.ts';
import { collectChanges } from '../lib/handbook/changes.ts';
import { COLLECTION_LABELS } from '../lib/collections/index.ts';

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const items = collectChanges(await allEntries(), 50);
  const body = atomFeed({
    title: `${site.title} · 修订记录`,
    selfUrl: absolute(href('changes.xml')),
    siteUrl: absolute(href('changes/')),
    entries: items.map((item) => ({
      id: absolute(`${entryHref(item.collection, item.id)}#${item.anchor}`),
      url: absolute(`${entryHref(item.collection, item.id)}#${item.anchor}`),
      title: `【${COLLECTION_LABELS[item.collection]}】${item.title}${item.version ? ` ${item.version}` : ''}`,
      updated: item.date,
      summary: item.summary,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
