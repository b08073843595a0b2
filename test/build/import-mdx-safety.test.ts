/**
 * Imported text is data, never code: a .txt, an .html and a .docx whose
 * documents hold `export`/`import` lines, expressions and tags are imported
 * into a content folder, and every draft is compiled and run with the MDX
 * compiler the site uses. Nothing in them may run: no global is set, no
 * marker file is written, and the code shows up as text.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { runImport } from '../../src/lib/import/pipeline.ts';

const dir = mkdtempSync(join(tmpdir(), 'import-mdx-safety-'));
const MARKER = join(dir, 'pwned-marker');
const marker = JSON.stringify(MARKER);

/** Lines an attacker (or an unlucky copy-paste) could put into a handbook document. */
const CODE_LINES = [
  'export const x = globalThis.__pwned = 1',
  `export const y = process.getBuiltinModule('node:fs').writeFileSync(${marker}, 'x')`,
  `import fs from 'node:fs'`,
  `{process.getBuiltinModule('node:fs').writeFileSync(${marker}, 'y')}`,
];
/** Tags: the cleaner removes HTML tags from text (and reports it); what is left must not run either. */
const TAG_LINES = [`<img src="x" onError={() => { globalThis.__pwned = 2 }} />`, '<script>globalThis.__pwned = 3</script>', '<Component/>'];

const ROLE = [
  '门店运营主管岗位职责',
  '一、岗位职责',
  '1.负责门店日常营运管理,督导各楼层按标准开闭店。',
  '2.负责处理顾客投诉,跟进处理结果并回访。',
  '二、任职要求',
  '1.大专及以上学历,三年以上购物中心运营管理经验。',
  '三、工作说明',
  '本岗位的工作说明如下。',
  ...CODE_LINES,
  ...TAG_LINES,
  '以上说明由运营部负责解释。',
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

interface Element {
  type: unknown;
  props: { children?: unknown };
}

/** Visible text of what the compiled MDX rendered, with a JSX runtime that just records elements. */
function textOf(node: unknown): string {
  if (typeof node === 'string') return node;
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node as Element).props.children);
  return '';
}

describe('imported text cannot run as MDX code', () => {
  it('imports .txt, .html and .docx documents with code in them as drafts that only show the code', async () => {
    const inputs = join(dir, 'in');
    const out = join(dir, 'content');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(inputs);
    // Blank lines keep the code lines apart (the importer re-joins hard-wrapped lines).
    writeFileSync(join(inputs, 'role.txt'), ROLE.join('\n\n'));
    writeFileSync(join(inputs, 'role.html'), `<html><body>${ROLE.map((line, i) => (i === 0 ? `<h1>${escapeHtml(line)}</h1>` : `<p>${escapeHtml(line)}</p>`)).join('\n')}</body></html>`);
    const docx = new Document({ sections: [{ children: ROLE.map((line) => new Paragraph({ text: line })) }] });
    writeFileSync(join(inputs, 'role.docx'), await Packer.toBuffer(docx));

    const result = await runImport([inputs], { outDir: out, dryRun: false, today: '2026-11-22' });
    const written = result.documents.filter((doc) => doc.outcome === 'written' && doc.kind === 'role');
    // One draft per format (they are copies, so de-duplication may keep one: then the others are its duplicates).
    expect(written.length + written.reduce((n, doc) => n + doc.duplicates.length, 0)).toBe(3);

    const g = globalThis as { __pwned?: unknown };
    delete g.__pwned;
    for (const doc of written) {
      const source = readFileSync(join(out, doc.outputPath!), 'utf8');
      const body = readFrontmatter(source)!.body;
      const module = evaluate(body, {
        Fragment: 'fragment',
        jsx: (type: unknown, props: unknown) => ({ type, props }),
        jsxs: (type: unknown, props: unknown) => ({ type, props }),
      }) as Record<string, unknown>;
      expect(Object.keys(module)).toEqual(['default']);
      const rendered = textOf((module.default as (props: object) => unknown)({ components: {} }));
      for (const line of CODE_LINES) expect(rendered).toContain(line);
    }
    expect(g.__pwned).toBeUndefined();
    expect(existsSync(MARKER)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['content', 'in']);
  });
});
