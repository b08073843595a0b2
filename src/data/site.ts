/** Site settings for pages, read once per build. */
import { readSiteSettings } from '../lib/content/site-settings.ts';
import { contentDir } from '../lib/content/paths.ts';

export const site = readSiteSettings(contentDir());
