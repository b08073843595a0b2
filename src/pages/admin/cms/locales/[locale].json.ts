/** /admin/cms/locales/<locale>.json — the web editor's interface translations (it would fetch them from unpkg). */
import type { APIRoute } from 'astro';
import { cmsAssetResponse, cmsAssetsIn, type CmsAsset } from '../../../../lib/cms/assets.ts';

export function getStaticPaths() {
  return cmsAssetsIn('locales/', '.json').map(({ name, asset }) => ({ params: { locale: name }, props: { asset } }));
}

export const GET: APIRoute = ({ props }) => cmsAssetResponse(props.asset as CmsAsset);
