/**
 * Reads and checks `site.yaml` in the content folder: YAML syntax and schema
 * problems come with file and line, like those of content files.
 */
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { isInside } from './content-files.ts';
import { controlCharContentMessage, controlCharLines } from './control-chars.ts';
import { formatProblems, type Problem } from './problems.ts';
import { decodeUtf8, invalidUtf8Message } from './utf8.ts';
import { parseYamlText } from './yaml-text.ts';
import { SITE_SETTINGS } from './field-labels.ts';
import { explainIssue } from './zod-issues.ts';

/** What a handbook without site.yaml is called. */
const DEFAULTS = { title: '运营管理手册', company: '本公司' };

export interface SiteSettingsCheck {
  /** The settings; schema defaults where the file is absent or broken, so later checks can go on. */
  settings: SiteSettings;
  problems: Problem[];
}

/** Checks `<contentDir>/site.yaml` (absent is fine: defaults apply). `root` makes file paths relative. */
export function checkSiteSettings(contentDir: string, root = process.cwd()): SiteSettingsCheck {
  const path = join(contentDir, 'site.yaml');
  const file = relative(root, path) || path;
  const fallback = siteSchema.parse(DEFAULTS);
  if (!existsSync(path)) return { settings: fallback, problems: [] };
  const problems: Problem[] = [];
  const error = (line: number | undefined, message: string, field?: string) =>
    problems.push({ file, line, field, severity: 'error', message });

  if (lstatSync(path).isSymbolicLink() && !isInside(realpathSync(contentDir), realpathSync(path))) {
    error(undefined, '这是一个快捷方式(符号链接),指向内容文件夹以外的文件。请把文件本身复制进来', 'file');
    return { settings: fallback, problems };
  }
  const { text, badLines } = decodeUtf8(readFileSync(path));
  if (badLines.length) error(badLines[0], invalidUtf8Message(badLines));
  const yaml = parseYamlText(text, 1);
  for (const { line, char } of controlCharLines(text)) {
    const field = yaml.pathAtLine(line).join('.');
    error(line, controlCharContentMessage(char), field || undefined);
  }
  for (const syntax of yaml.syntaxErrors) error(syntax.line, `网站设置(YAML)的写法有误:${syntax.message}`);
  if (yaml.syntaxErrors.length) return { settings: fallback, problems };

  const raw = yaml.data;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    error(1, '网站设置应是“字段: 值”的形式,例如 title: 运营管理手册');
    return { settings: fallback, problems };
  }
  const result = siteSchema.safeParse({ ...DEFAULTS, ...(raw as object) }, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      error(yaml.lineOf(issue.path as (string | number)[]), explainIssue(issue, SITE_SETTINGS), issue.path.join('.') || undefined);
    }
    return { settings: fallback, problems };
  }
  return { settings: result.data, problems };
}

/** Site settings for the pages; throws with the checker's report when site.yaml has errors (the checker stops the build first). */
export function readSiteSettings(contentDir: string): SiteSettings {
  const { settings, problems } = checkSiteSettings(contentDir);
  if (problems.some((p) => p.severity === 'error')) throw new Error(formatProblems(problems));
  return settings;
}

/**
 * The address the site is served at, for absolute links (the change feed):
 * `SITE_URL`, else `url` in site.yaml, else undefined (links stay relative).
 * Never throws: a broken site.yaml is reported by the checker.
 */
export function siteUrl(contentDir: string): string | undefined {
  const fromEnv = process.env.SITE_URL?.trim();
  if (fromEnv) return fromEnv;
  return checkSiteSettings(contentDir).settings.url;
}
