/** /admin/config.yml — the web editor's configuration, generated from the content-kind registry. */
import type { APIRoute } from 'astro';
import { cms } from '../../data/cms.ts';
import { site } from '../../data/site.ts';
import { KINDS } from '../../lib/collections/index.ts';
import { cmsConfig, cmsConfigYaml } from '../../lib/cms/config.ts';

export const GET: APIRoute = ({ site: siteUrl }) => {
  const config = cmsConfig(KINDS, { backend: cms.backend, title: site.title, ...(process.env.SITE_URL && siteUrl ? { siteUrl: siteUrl.href } : {}) });
  return new Response(cmsConfigYaml(config), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
