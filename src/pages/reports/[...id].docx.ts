/**
 * /reports/<id>.docx — every report as a Word document (GB/T 9704 layout),
 * from the same MDX body as its page. This route serves them in `astro dev`;
 * a production build writes them in a worker thread instead
 * (src/integrations/report-docx.ts), in parallel with rendering the pages.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { getHandbook } from '../../data/handbook.ts';
import { bodyToDocx, DOCX_TYPE } from '../../lib/reports/docx.ts';

export const getStaticPaths = (async () => {
  // A production build writes the files from a worker thread (src/integrations/report-docx.ts).
  if (import.meta.env.PROD) return [];
  const handbook = await getHandbook();
  return handbook.reports.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { data, body, id } = (props as { entry: CollectionEntry<'reports'> }).entry;
  // The id marks the file as this report's export, so an edited copy can be imported back into it.
  const bytes = await bodyToDocx(body ?? '', { title: data.title, author: data.author, lang: data.lang, id });
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'content-type': DOCX_TYPE } });
};
