/**
 * A report's Word export, edited and imported back: scaffold → export →
 * change a table cell and fill a placeholder in the Word XML → import → the
 * MDX carries the changes and passes the report checks.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Document, Packer, Paragraph } from 'docx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../../src/lib/content/check.ts';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { checkReports } from '../../../src/lib/reports/check-reports.ts';
import { buildDraft } from '../../../src/lib/reports/draft.ts';
import { reportToDocx } from '../../../src/lib/reports/docx.ts';
import { loadHandbook, writeFileAtomic } from '../../../src/lib/reports/files.ts';
import { readExportMarker, reportFromDocx } from '../../../src/lib/reports/from-docx.ts';
import { importReportDocx } from '../../../src/lib/reports/import-docx.ts';
import { loadAllTemplates } from '../../../src/lib/reports/load-templates.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-docx-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  return join(dir, 'content');
}

/** Edits word/document.xml of a .docx as a manager's Word would save it. */
function editDocx(bytes: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const parts = unzipSync(bytes);
  parts['word/document.xml'] = strToU8(edit(strFromU8(parts['word/document.xml']!)));
  return zipSync(parts);
}

function scaffold(content: string) {
  const handbook = loadHandbook(content).snapshot;
  return buildDraft({ kind: 'plan', period: '2026-12', role: 'yunying-jingli', author: '王敏', date: '2026-11-28' }, { handbook, templates: loadAllTemplates(join(ROOT, 'templates')) });
}

const reportProblems = (content: string) => checkReports(checkHandbook(content).entries, { templatesDir: join(ROOT, 'templates') }).filter((p) => p.file.includes('/reports/'));

describe('importing a report exported to Word', () => {
  it('marks the export with the report id, kind and frontmatter', async () => {
    const content = contentCopy();
    const draft = scaffold(content);
    const parts = unzipSync(await reportToDocx(draft.mdx, { id: draft.id }));
    const marker = readExportMarker(strFromU8(parts['docProps/custom.xml']!));
    expect(marker).toMatchObject({ id: '2026/yunying-jingli-2026-12-jihua', kind: '工作计划', frontmatter: { role: 'yunying-jingli', period: { unit: 'month', start: '2026-12-01', end: '2026-12-31' } } });
  });

  it('reads an unchanged export back to the same body, tables, placeholders and hints included', async () => {
    const content = contentCopy();
    const draft = scaffold(content);
    const back = reportFromDocx(await reportToDocx(draft.mdx, { id: draft.id, hints: true }))!;
    const body = readFrontmatter(draft.mdx)!.body.trim();
    // The draft's opening note is not a 提示 comment, so it is not exported.
    expect(back.body.trim()).toBe(body.replace(/^\{\/\* 本草稿[^\n]*\n\n/u, ''));
    expect(back.title).toBe(draft.title);
  });

  it('puts a changed cell and a filled placeholder back into the report, which passes the checks', async () => {
    const content = contentCopy();
    const draft = scaffold(content);
    writeFileAtomic(join(content, 'reports', draft.relativePath), draft.mdx);
    const before = reportProblems(content);
    expect(before.filter((p) => p.severity === 'error')).toEqual([]);

    const exported = await reportToDocx(draft.mdx, { id: draft.id });
    const edited = editDocx(exported, (xml) => {
      expect(xml).toContain('>全场商户月度销售额除以目标值<');
      expect(xml).toContain('>【待填写：目标值（岗位标准：不低于 100%）】<');
      return xml
        .replace('>全场商户月度销售额除以目标值<', '>全场商户月度销售额除以月度目标<')
        .replace('>【待填写：目标值（岗位标准：不低于 100%）】<', '>不低于 102%<');
    });
    const word = join(content, '..', '运营部12月计划(修改).docx');
    writeFileSync(word, edited);

    // The report exists and the Word file changes it: nothing is overwritten without --replace.
    const refused = await importReportDocx(word, { contentDir: content, today: '2026-12-02' });
    expect(refused).toMatchObject({ outcome: 'exists', target: `reports/${draft.relativePath}` });
    expect(refused!.message).toBe(`“运营部12月计划(修改).docx”改动了已有的报告 reports/${draft.relativePath}:未覆盖。确认要用 Word 中的内容替换它,请加 --replace 再运行`);
    expect(readFileSync(join(content, 'reports', draft.relativePath), 'utf8')).toBe(draft.mdx);

    const replaced = await importReportDocx(word, { contentDir: content, today: '2026-12-02', replace: true });
    expect(replaced).toMatchObject({ outcome: 'replaced' });
    const mdx = readFileSync(join(content, 'reports', draft.relativePath), 'utf8');
    expect(mdx).toContain('| 销售目标达成率 | 不低于 102% | 全场商户月度销售额除以月度目标 | 月度 | 40% |');
    expect(mdx).not.toContain('目标值(岗位标准:不低于 100%)');
    expect(mdx).toContain('| 商户满意度 | <Fill hint="目标值(岗位标准:不低于 90 分)" /> |');
    const frontmatter = readFrontmatter(mdx)!.data as Record<string, unknown>;
    expect(frontmatter).toMatchObject({ title: draft.title, kind: '工作计划', role: 'yunying-jingli', status: 'draft', date: '2026-11-28', updated: '2026-12-02' });

    const after = reportProblems(content);
    expect(after.filter((p) => p.severity === 'error')).toEqual([]);
    // One placeholder fewer to fill, and no section missing.
    expect(after.filter((p) => p.message.startsWith('待填写'))).toHaveLength(before.filter((p) => p.message.startsWith('待填写')).length - 1);
    expect(after.some((p) => p.message.startsWith('缺少必填部分'))).toBe(false);

    // Importing the same file again changes nothing.
    expect(await importReportDocx(word, { contentDir: content, today: '2026-12-02' })).toMatchObject({ outcome: 'unchanged' });
  });

  it('reads text typed in Word as text: an export/import paragraph or braces never become MDX code', async () => {
    const draft = scaffold(contentCopy());
    // Without hints: they come back as MDX comments (covered above); here every expression would be typed text.
    const exported = await reportToDocx(draft.mdx, { id: draft.id, hints: false });
    const edited = editDocx(exported, (xml) => {
      const at = xml.lastIndexOf('<w:p', xml.indexOf('特制定'));
      const typed = ['export const pwned = (globalThis.__pwned = 1)', 'import fs from "node:fs"', '{globalThis.__pwned = 2}'];
      return xml.slice(0, at) + typed.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('') + xml.slice(at);
    });
    const { body } = reportFromDocx(edited)!;
    const tree = unified().use(remarkParse).use(remarkMdx).parse(body);
    const code: string[] = [];
    visit(tree, (node) => {
      if (['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'].includes(node.type)) code.push(node.type);
    });
    expect(code).toEqual([]);
    const text = toString(tree);
    expect(text).toContain('export const pwned = (globalThis.__pwned = 1)');
    expect(text).toContain('import fs from "node:fs"');
    expect(text).toContain('{globalThis.__pwned = 2}');
  });

  it('creates the report when it does not exist yet, and leaves other Word files to the document import', async () => {
    const content = contentCopy();
    const draft = scaffold(content);
    const word = join(content, '..', 'plan.docx');
    writeFileSync(word, await reportToDocx(draft.mdx, { id: draft.id }));
    const dry = await importReportDocx(word, { contentDir: content, today: '2026-12-02', dryRun: true });
    expect(dry).toMatchObject({ outcome: 'would-write' });
    const created = await importReportDocx(word, { contentDir: content, today: '2026-12-02' });
    expect(created).toMatchObject({ outcome: 'written', target: `reports/${draft.relativePath}` });
    expect(reportProblems(content).filter((p) => p.severity === 'error')).toEqual([]);

    const other = join(content, '..', 'other.docx');
    writeFileSync(other, new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('运营部周例会制度')] }] }))));
    expect(await importReportDocx(other, { contentDir: content, today: '2026-12-02' })).toBeUndefined();
  });

  it('works through npm run import, exiting 1 when it would overwrite', async () => {
    const content = contentCopy();
    const draft = scaffold(content);
    writeFileAtomic(join(content, 'reports', draft.relativePath), draft.mdx);
    const word = join(content, '..', 'edited.docx');
    writeFileSync(word, editDocx(await reportToDocx(draft.mdx, { id: draft.id }), (xml) => xml.replace('>全场商户月度销售额除以目标值<', '>月度销售额÷目标<')));
    const run = (...extra: string[]) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, [join(ROOT, 'scripts/import.ts'), word, '--out', content, '--date', '2026-12-02', ...extra], { encoding: 'utf8', cwd: join(content, '..') }) };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    const refused = run();
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('未覆盖');
    const replaced = run('--replace');
    expect(replaced.code).toBe(0);
    expect(readFileSync(join(content, 'reports', draft.relativePath), 'utf8')).toContain('| 月度销售额÷目标 |');
  });
});

describe('a Word file downloaded from the site', () => {
  it('carries only the report id, and imports back through the report file', async () => {
    const { bodyToDocx } = await import('../../../src/lib/reports/docx.ts');
    const content = contentCopy();
    const id = '2026/yunying-jingli-2026-q4-jihua';
    const source = readFileSync(join(content, 'reports', `${id}.mdx`), 'utf8');
    const parsed = readFrontmatter(source)!;
    const data = parsed.data as { title: string; author: string };
    const bytes = await bodyToDocx(parsed.body, { title: data.title, author: data.author, id });
    const word = join(content, '..', 'site.docx');
    writeFileSync(word, editDocx(bytes, (xml) => xml.replace('>3.80亿元<', '>3.85亿元<')));
    const result = await importReportDocx(word, { contentDir: content, today: '2026-12-02', replace: true });
    expect(result).toMatchObject({ outcome: 'replaced', target: `reports/${id}.mdx` });
    const mdx = readFileSync(join(content, 'reports', `${id}.mdx`), 'utf8');
    expect(mdx).toContain('| 商户销售额 | 3.85亿元 | 季度 |');
    expect(readFrontmatter(mdx)!.data).toMatchObject({ status: 'approved', owner: 'yunying-jingli', updated: '2026-12-02' });
    expect(reportProblems(content).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('every demo report', () => {
  it('comes back from its unchanged export as the same report (nothing to write)', async () => {
    const content = contentCopy();
    const { reportFiles } = await import('../../../src/lib/reports/files.ts');
    const files = reportFiles(content);
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const file of files) {
      const id = file.replace(/\.mdx?$/u, '');
      const word = join(content, '..', `${id.replace('/', '-')}.docx`);
      writeFileSync(word, await reportToDocx(readFileSync(join(content, 'reports', file), 'utf8'), { id }));
      expect(await importReportDocx(word, { contentDir: content, today: '2026-12-02' }), file).toMatchObject({ outcome: 'unchanged' });
    }
  });
});

describe('an export saved again by another word processor', () => {
  it('still reads back as the same report (LibreOffice merges the list marker into the text)', async () => {
    const content = contentCopy();
    const word = resolve(ROOT, 'test/fixtures/import/formats/report-resaved.docx');
    expect(await importReportDocx(word, { contentDir: content, today: '2026-12-02' })).toMatchObject({ outcome: 'unchanged', target: 'reports/2026/yunying-jingli-2026-q4-jihua.mdx' });
  });
});
