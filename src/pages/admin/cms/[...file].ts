/** /admin/cms/… — the web editor's script and translations, copied from node_modules at build time. */
import type { APIRoute } from 'astro';
import { CMS_ASSETS, readCmsAsset } from '../../../lib/cms/assets.ts';

export function getStaticPaths() {
  return CMS_ASSETS.map((file) => ({ params: { file: file.replace(/^dist\//, '') }, props: { file } }));
}

export const GET: APIRoute = ({ props }) => {
  const file = props.file as (typeof CMS_ASSETS)[number];
  const type = file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(new Uint8Array(readCmsAsset(file)), { headers: { 'Content-Type': type } });
};
