/** /admin/cms/sveltia-cms.js — the web editor's script, copied from node_modules at build time. */
import type { APIRoute } from 'astro';
import { CMS_ASSETS, cmsAssetResponse } from '../../../lib/cms/assets.ts';

export const GET: APIRoute = () => cmsAssetResponse(CMS_ASSETS.find((asset) => asset.route === 'sveltia-cms.js')!);
