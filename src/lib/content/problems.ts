/** A problem found in handbook content, and how to print a list of them for people. */
import { KINDS } from '../collections/index.ts';
import { fieldLabel, SITE_SETTINGS } from './field-labels.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path of the file, relative to the project root where possible. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Dotted field path, e.g. `kpis.2.weight`. */
  field?: string;
  message: string;
  severity: Severity;
}

/**
 * The collection a content file belongs to, from its path
 * (`content/reports/2026/x.mdx` → `reports`, `content/site.yaml` → `site`), so
 * fields are named in that kind's words.
 */
export function collectionOfFile(file: string): string | undefined {
  const parts = file.split(/[\\/]/);
  if (parts.at(-1) === 'site.yaml') return SITE_SETTINGS;
  return parts.slice(0, -1).reverse().find((part) => part in KINDS);
}

/** Renders a field path for people: `kpis.2.weight` → `kpis › 第3项 › weight(权重)`. */
export function describeField(field: string, collection?: string): string {
  const parts = field.split('.');
  return parts
    .map((part, i) => {
      if (/^\d+$/.test(part)) return `第${Number(part) + 1}项`;
      const label = fieldLabel(parts.slice(0, i + 1), collection);
      return label && label !== part ? `${part}(${label})` : part;
    })
    .join(' › ');
}

/** Problems sorted by file, then line, so a report reads top to bottom. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

/**
 * Formats problems as a report grouped by file, one line per problem:
 * `  第 12 行  kpis(KPI):KPI 的权重合计为 90,应为 100`.
 */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return '手册内容检查通过,没有发现问题。';
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const lines: string[] = [];
  const summary = [errors && `${errors} 处错误`, warnings && `${warnings} 处提醒`].filter(Boolean).join('、');
  lines.push(`手册内容检查发现 ${summary}:`);
  let currentFile = '';
  for (const problem of sortProblems(problems)) {
    if (problem.file !== currentFile) {
      currentFile = problem.file;
      lines.push('', currentFile);
    }
    const mark = problem.severity === 'error' ? '✖ 错误' : '⚠ 提醒';
    const where = problem.line ? `第 ${problem.line} 行` : '';
    const field = problem.field ? `${describeField(problem.field, collectionOfFile(problem.file))}:` : '';
    lines.push(`  ${mark} ${where ? `${where}  ` : ''}${field}${problem.message}`);
    lines.push(`    ${problem.file}${problem.line ? `:${problem.line}` : ''}`);
  }
  return lines.join('\n');
}
