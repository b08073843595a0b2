import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../../src/lib/content/check.ts';
import { checkReports } from '../../../src/lib/reports/check-reports.ts';
import { buildDraft } from '../../../src/lib/reports/draft.ts';
import { loadHandbook } from '../../../src/lib/reports/files.ts';
import { loadAllTemplates } from '../../../src/lib/reports/load-templates.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const TEMPLATES = join(ROOT, 'templates');

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-reports-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, 'reports', name, '..'), { recursive: true });
    writeFileSync(join(dir, 'reports', name), text);
  }
  return dir;
}

const reportProblems = (dir: string, templatesDir = TEMPLATES) =>
  checkReports(checkHandbook(dir).entries, { templatesDir }).filter((p) => p.file.includes('/reports/') || p.field === 'template');

describe('report checks', () => {
  it('finds nothing to complain about in the demo reports', () => {
    expect(reportProblems(join(ROOT, 'content'))).toEqual([]);
  });

  it('lists every unfilled placeholder of a draft as a warning, with its line', () => {
    const handbook = loadHandbook(join(ROOT, 'content')).snapshot;
    const draft = buildDraft(
      { kind: 'plan', period: '2026-12', role: 'yunying-jingli', author: '王敏', date: '2026-11-28' },
      { handbook, templates: loadAllTemplates(TEMPLATES) },
    );
    const dir = contentWith({ [draft.relativePath]: draft.mdx });
    const problems = reportProblems(dir);
    const lines = draft.mdx.split('\n');
    const expected = lines.flatMap((line, i) => [...line.matchAll(/<Fill /g)].map(() => i + 1));
    expect(problems.map((p) => p.line)).toEqual(expected);
    expect(problems.every((p) => p.severity === 'warning' && p.file.endsWith(draft.relativePath))).toBe(true);
    expect(problems[1]!.message).toBe('待填写:“目标值(岗位标准:不低于 100%)”(把 <Fill … /> 标签换成实际内容)');
    expect(lines[problems[1]!.line! - 1]).toContain('| 销售目标达成率 |');
  });

  it('reports a missing required section of a submitted report as an error, where it belongs', () => {
    const original = readFileSync(join(ROOT, 'content/reports/2026/yunying-jingli-2026-q3-zongjie.mdx'), 'utf8');
    const changed = original.replace(/## 三、存在的问题和不足\n\n[^\n]+\n\n/, '').replace('以上为本季度', '以上<Fill hint="结束语" />为本季度');
    const dir = contentWith({ '2026/yunying-jingli-2026-q3-zongjie.mdx': changed });
    const problems = reportProblems(dir);
    expect(problems).toHaveLength(2);
    const missing = problems.find((p) => p.message.startsWith('缺少必填部分'))!;
    expect(missing).toMatchObject({ severity: 'error' });
    expect(missing.message).toContain('缺少必填部分“存在的问题和不足”(templates/summary.yaml 要求工作总结包含这一部分)');
    expect(changed.split('\n')[missing.line! - 1]).toBe('## 四、经验和教训');
    const fill = problems.find((p) => p.message.startsWith('待填写'))!;
    expect(changed.split('\n')[fill.line! - 1]).toContain('<Fill hint="结束语" />');
  });

  it('matches section headings in Traditional script and by alias', () => {
    const dir = contentWith({});
    expect(reportProblems(dir).filter((p) => p.file.includes('hk-yingyun') || p.file.includes('shuzhi'))).toEqual([]);
  });

  it('reports a broken template with its file and line', () => {
    const templatesDir = mkdtempSync(join(tmpdir(), 'templates-'));
    cpSync(TEMPLATES, templatesDir, { recursive: true });
    writeFileSync(join(templatesDir, 'review.yaml'), readFileSync(join(TEMPLATES, 'review.yaml'), 'utf8').replace('prefill: tasks', 'prefill: taks'));
    const problems = checkReports(checkHandbook(join(ROOT, 'content')).entries, { templatesDir });
    const broken = problems.filter((p) => p.field === 'template');
    expect(broken).toHaveLength(1);
    expect(broken[0]!.file).toMatch(/review\.yaml$/);
    expect(broken[0]!.message).toContain('“taks”不认识(是不是“tasks”?)');
    expect(readFileSync(join(templatesDir, 'review.yaml'), 'utf8').split('\n')[broken[0]!.line! - 1]).toContain('prefill: taks');
  });
});
