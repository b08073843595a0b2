/**
 * Reads the report templates from disk (Node only): `templates/<kind>.yaml`
 * (or `.yml` / `.json`), or the folder named by `HANDBOOK_TEMPLATES_DIR`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { KIND_FLAGS, REPORT_KIND_INFO, type KindFlag } from './kinds.ts';
import { parseTemplate, TemplateError, type ReportTemplate } from './template.ts';

const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The templates folder: `HANDBOOK_TEMPLATES_DIR`, or `templates/` in the working directory. */
export function templatesDir(): string {
  return resolve(process.env.HANDBOOK_TEMPLATES_DIR ?? 'templates');
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel.split('\\').join('/') : path;
}

/** Reads and checks the template of one kind. Throws {@link TemplateError} when it is missing or broken. */
export function loadTemplate(kind: KindFlag, dir = templatesDir()): ReportTemplate {
  const name = REPORT_KIND_INFO[kind].template;
  const path = EXTENSIONS.map((ext) => join(dir, name + ext)).find((candidate) => existsSync(candidate));
  if (!path) {
    throw new TemplateError(display(join(dir, `${name}.yaml`)), [
      { message: `找不到“${REPORT_KIND_INFO[kind].name}”的模板文件(${name}.yaml、${name}.yml 或 ${name}.json 均不存在)` },
    ]);
  }
  return parseTemplate(readFileSync(path, 'utf8'), display(path));
}

/** Every kind's template, and the problems of those that are missing or broken. */
export function loadTemplates(dir = templatesDir()): { templates: Partial<Record<KindFlag, ReportTemplate>>; errors: TemplateError[] } {
  const templates: Partial<Record<KindFlag, ReportTemplate>> = {};
  const errors: TemplateError[] = [];
  for (const kind of KIND_FLAGS) {
    try {
      templates[kind] = loadTemplate(kind, dir);
    } catch (error) {
      if (error instanceof TemplateError) errors.push(error);
      else throw error;
    }
  }
  return { templates, errors };
}

/** Every kind's template; throws the first {@link TemplateError} if any is missing or broken. */
export function loadAllTemplates(dir = templatesDir()): Record<KindFlag, ReportTemplate> {
  const { templates, errors } = loadTemplates(dir);
  if (errors.length) throw errors[0];
  return templates as Record<KindFlag, ReportTemplate>;
}
