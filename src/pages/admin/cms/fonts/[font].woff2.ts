/** /admin/cms/fonts/<font>.woff2 — the web editor's text and icon fonts (it would load them from jsdelivr). */
import type { APIRoute } from 'astro';
import { cmsAssetResponse, cmsAssetsIn, type CmsAsset } from '../../../../lib/cms/assets.ts';

export function getStaticPaths() {
  return cmsAssetsIn('fonts/', '.woff2').map(({ name, asset }) => ({ params: { font: name }, props: { asset } }));
}

export const GET: APIRoute = ({ props }) => cmsAssetResponse(props.asset as CmsAsset);
