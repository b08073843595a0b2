/** Site URLs, honouring the configured base path. */
import type { ListedCollection } from '../lib/collections/index.ts';
import { pageSegment } from '../lib/handbook/navigation.ts';
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

/** URL of page `page` (1-based) of a list at `path`: `procedures/`, `procedures/page/2/`. */
export function listPageHref(path: string, page = 1): string {
  const segment = pageSegment(page);
  return href(`${path.replace(/\/?$/, '/')}${segment ? `${segment}/` : ''}`);
}

/** URL of page `page` (1-based) of a department's full list of one kind: `departments/kefu/roles/`, `…/roles/page/2/`. */
export function departmentListHref(departmentId: string, collection: ListedCollection, page = 1): string {
  return listPageHref(`departments/${departmentId}/${collection}/`, page);
}

/** URL of volume `volume` (1-based) of a department's printable book: `print/kefu/`, `print/kefu/2/`. */
export function printVolumeHref(departmentId: string, volume = 1): string {
  return href(`print/${departmentId}/${volume > 1 ? `${volume}/` : ''}`);
}
