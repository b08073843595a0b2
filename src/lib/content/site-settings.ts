/** Reads `site.yaml` from the content folder. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';

/** Site settings from `<contentDir>/site.yaml`, or defaults when the file is absent. */
export function readSiteSettings(contentDir: string): SiteSettings {
  const file = join(contentDir, 'site.yaml');
  const raw = existsSync(file) ? parse(readFileSync(file, 'utf8')) : {};
  const result = siteSchema.safeParse({ title: '运营管理手册', company: '本公司', ...raw });
  if (!result.success) {
    throw new Error(`${file}:${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(';')}`);
  }
  return result.data;
}
