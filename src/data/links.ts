/** Site URLs, honouring the configured base path. */
import type { CollectionName } from '../lib/schemas/index.ts';
import { siteBase } from '../lib/site-base.ts';

// Read from the same setting as astro.config.mjs: import.meta.env.BASE_URL is '/' while pages prerender.
const base = siteBase();

/** URL of a site path such as `org/` under the base path. */
export function href(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** URL of an entry's page. */
export function entryHref(collection: CollectionName, id: string): string {
  return href(`${collection}/${id}/`);
}
