/**
 * The one content check. `npm run check` (scripts/check.ts) and every build
 * (src/integrations/handbook-check.ts) call this same function, so content
 * that passes `check` builds, and content the build refuses fails `check`
 * with the same messages.
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SiteSettings } from '../schemas/site.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { checkReports } from '../reports/check-reports.ts';
import { checkHandbook, type LoadedEntry } from './check.ts';
import type { Problem } from './problems.ts';
import { checkSiteSettings } from './site-settings.ts';

export interface ContentChecks {
  entries: LoadedEntry[];
  problems: Problem[];
  settings?: SiteSettings;
}

export interface ContentCheckOptions {
  /** Paths in problems are relative to this folder (default: the working directory). */
  root?: string;
  /** "Today", YYYY-MM-DD (default: the build date). */
  today?: string;
  /** Report templates folder (default: templates/ or HANDBOOK_TEMPLATES_DIR). */
  templatesDir?: string;
}

/** A folder is a content folder when it holds site.yaml or a collection folder. */
function looksLikeContent(dir: string): boolean {
  return existsSync(join(dir, 'site.yaml')) || COLLECTIONS.some((collection) => existsSync(join(dir, collection)));
}

/**
 * Checks everything under `contentDir` the build depends on: site.yaml,
 * every entry (encoding, syntax, schema, code policy, references, lifecycle)
 * and the reports (placeholders, required sections). Never throws on bad content.
 */
export function runContentChecks(contentDir: string, options: ContentCheckOptions = {}): ContentChecks {
  const root = options.root ?? process.cwd();
  const shown = relative(root, contentDir) || contentDir;
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    return {
      entries: [],
      problems: [{ file: shown, severity: 'error', message: `找不到内容文件夹 ${contentDir}:请检查路径(或环境变量 HANDBOOK_CONTENT_DIR)是否写对` }],
    };
  }
  if (!looksLikeContent(contentDir)) {
    return {
      entries: [],
      problems: [{
        file: shown, severity: 'error',
        message: `找不到内容文件夹 ${contentDir} 里的内容:这里既没有 site.yaml,也没有 ${COLLECTIONS.join('、')} 这些文件夹。请检查路径(或环境变量 HANDBOOK_CONTENT_DIR)是否写对`,
      }],
    };
  }
  const site = checkSiteSettings(contentDir, root);
  const handbook = checkHandbook(contentDir, { root, today: options.today, allowCode: site.settings.allowCode });
  const reports = checkReports(handbook.entries, { templatesDir: options.templatesDir });
  return { entries: handbook.entries, problems: [...site.problems, ...handbook.problems, ...reports], settings: site.settings };
}
