/**
 * Report checks for `npm run check`: placeholders still to fill
 * (`<Fill … />`) and required sections of the kind's template that a report
 * lacks, each with file and line. Broken templates are reported too.
 *
 * A draft (status: draft) gets warnings; a submitted or approved report gets
 * errors, since it should be complete.
 */
import { forEachContentLine } from './body-lines.ts';
import type { LoadedEntry } from '../content/check.ts';
import type { Problem, Severity } from '../content/problems.ts';
import type { Report } from '../schemas/reports.ts';
import { toSimplified } from '../text/script.ts';
import { kindByName, type KindFlag } from './kinds.ts';
import { loadTemplates, templatesDir } from './load-templates.ts';
import { headingKey } from './markdown.ts';
import { findPlaceholders } from './placeholders.ts';
import type { ReportTemplate, TemplateSection } from './template.ts';

export interface CheckReportsOptions {
  /** Templates to check against; loaded from `templatesDir` when not given. */
  templates?: Partial<Record<KindFlag, ReportTemplate>>;
  /** Folder of the templates; default `templates/` (or `HANDBOOK_TEMPLATES_DIR`). */
  templatesDir?: string;
}

interface BodyHeading {
  /** 1-based line in the body. */
  line: number;
  key: string;
}

/** Level-2 headings (## …) of a body, outside code fences, with their lines. */
function sectionHeadings(body: string): BodyHeading[] {
  const headings: BodyHeading[] = [];
  forEachContentLine(body, (text, line) => {
    const match = /^##\s+(.+?)\s*#*\s*$/.exec(text);
    if (match) headings.push({ line, key: toSimplified(headingKey(match[1]!)) });
  });
  return headings;
}

/** True when a heading (numbering removed) names this section or one of its aliases. */
function matches(heading: BodyHeading, section: TemplateSection): boolean {
  return [section.title, ...section.aliases].some((name) => heading.key.includes(toSimplified(headingKey(name))));
}

/**
 * Problems of the reports among `entries` (as returned by `checkHandbook`):
 * every unfilled placeholder and every missing required section, with file
 * and line, plus one problem per missing or broken template.
 */
export function checkReports(entries: readonly LoadedEntry[], options: CheckReportsOptions = {}): Problem[] {
  const problems: Problem[] = [];
  let templates = options.templates;
  if (!templates) {
    const loaded = loadTemplates(options.templatesDir ?? templatesDir());
    templates = loaded.templates;
    for (const error of loaded.errors) {
      for (const problem of error.problems) {
        problems.push({ file: error.file, line: problem.line, severity: 'error', field: 'template', message: problem.message });
      }
    }
  }

  for (const entry of entries) {
    if (entry.collection !== 'reports') continue;
    const report = entry.data as Report;
    const severity: Severity = report.status === 'draft' ? 'warning' : 'error';
    const bodyLine = (line: number) => entry.bodyStartLine + line - 1;

    for (const placeholder of findPlaceholders(entry.body)) {
      problems.push({
        file: entry.file, line: bodyLine(placeholder.line), severity,
        message: `待填写${placeholder.hint ? `:“${placeholder.hint}”` : ''}(把 <Fill … /> 标签换成实际内容)`,
      });
    }

    const kind = kindByName(report.kind);
    const template = kind ? templates[kind.flag] : undefined;
    if (!template) continue;
    const headings = sectionHeadings(entry.body);
    const lastLine = entry.body.replace(/\s+$/, '').split('\n').length;
    template.sections.forEach((section, index) => {
      if (!section.required || headings.some((heading) => matches(heading, section))) return;
      // Point at the heading of the next section that is there, where the missing one belongs.
      const later = template.sections.slice(index + 1);
      const next = headings.find((heading) => later.some((other) => matches(heading, other)));
      const number = '一二三四五六七八九十'[index] ?? String(index + 1);
      problems.push({
        file: entry.file, line: bodyLine(next?.line ?? lastLine), severity,
        message:
          `缺少必填部分“${section.title}”(${template.file} 要求${kind!.name}包含这一部分)。` +
          `请加上标题 ## ${number}、${section.title}${section.aliases.length ? `(也可写作:${section.aliases.join('、')})` : ''}`,
      });
    });
  }
  return problems;
}
