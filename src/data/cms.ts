/** The web editor's settings for pages, read once per build. */
import { cmsEntryPath } from '../lib/cms/config.ts';
import { cmsSettings } from '../lib/cms/settings.ts';
import type { CollectionName } from '../lib/schemas/index.ts';
import { href } from './links.ts';

export const cms = cmsSettings();

/** URL of an entry in the web editor (“编辑此页”), or undefined when the editor is off. */
export function editHref(collection: CollectionName, id: string): string | undefined {
  return cms.enabled ? href(cmsEntryPath(collection, id)) : undefined;
}
