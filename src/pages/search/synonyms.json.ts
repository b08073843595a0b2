/** /search/synonyms.json — department names, aliases and ids, read by search to widen queries (see lib/search/synonyms.ts). */
import type { APIRoute } from 'astro';
import { getHandbook } from '../../data/handbook.ts';
import { departmentSynonyms } from '../../lib/search/synonyms.ts';

export const GET: APIRoute = async () => {
  const { departments } = await getHandbook();
  const groups = departmentSynonyms(departments.map((d) => ({ id: d.id, name: d.data.name, aliases: d.data.aliases })));
  return new Response(JSON.stringify(groups), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
