/** /admin/cms/… — the web editor's script, translations and fonts, copied from node_modules at build time. */
import type { APIRoute } from 'astro';
import { CMS_ASSETS, readCmsAsset, type CmsAsset } from '../../../lib/cms/assets.ts';

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', json: 'application/json; charset=utf-8', woff2: 'font/woff2' };

export function getStaticPaths() {
  return CMS_ASSETS.map((asset) => ({ params: { file: asset.route }, props: { asset } }));
}

export const GET: APIRoute = ({ props }) => {
  const asset = props.asset as CmsAsset;
  return new Response(new Uint8Array(readCmsAsset(asset)), { headers: { 'Content-Type': TYPES[asset.route.split('.').pop()!]! } });
};
