import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../../src/lib/content/frontmatter.ts';
import { renderDocument, writeNewFile } from '../../../../src/lib/import/emit/write-mdx.ts';
import type { ImportedDocument } from '../../../../src/lib/import/model.ts';
import { roleSchema } from '../../../../src/lib/schemas/roles.ts';

function role(frontmatter: Record<string, unknown>): ImportedDocument {
  const body = unified().use(remarkParse).parse('## 工作要求\n\n- 熟悉 {品类} 结构与 <陈列> 标准\n') as ImportedDocument['body'];
  const heading = body.children[0]!;
  heading.data = { label: '三、' } as never;
  const list = body.children[1] as any;
  list.children[0].data = { label: '(1)' };
  return {
    kind: 'role', confidence: 0.8, body, names: {}, refs: [],
    frontmatter: { title: '运营主管', department: 'yunying', level: '主管', summary: '待填写', responsibilities: [{ text: '负责营运管理', cadence: '每日' }], owner: 'yun-ying-zhu-guan', updated: '2026-11-22', ...frontmatter },
    flags: [{ line: 4, message: '岗位概述未写明' }],
    source: 'seeds/a.txt', startLine: 2, endLine: 16, title: '运营主管', lang: 'zh-CN', fingerprint: 'abc123', repairs: [], duplicates: [],
  };
}

describe('renderDocument', () => {
  it('writes schema-valid frontmatter with draft status and provenance, and the body with its labels', () => {
    const rendered = renderDocument(role({}));
    expect('text' in rendered).toBe(true);
    const text = (rendered as { text: string }).text;
    const parsed = readFrontmatter(text)!;
    expect(roleSchema.parse(parsed.data)).toMatchObject({
      status: 'draft',
      source: { file: 'seeds/a.txt', lines: '2-16', fingerprint: 'abc123', flags: ['第 4 行:岗位概述未写明'] },
    });
    expect(parsed.body).toContain('## 三、工作要求');
    expect(parsed.body).toContain('- (1)熟悉 \\{品类\\} 结构与 \\<陈列\\> 标准');
  });

  it('refuses a document that fails its schema, saying which field and why', () => {
    const rendered = renderDocument(role({ responsibilities: [] }));
    expect(rendered).toEqual({ error: expect.stringContaining('岗位职责:请至少写一项岗位职责') });
  });
});

describe('renderDocument: source text stays text', () => {
  const CONSTRUCTS = [
    'export const x = globalThis.__pwned = 1',
    "import fs from 'node:fs'",
    '{process.exit(1)}',
    '<script>globalThis.__pwned = 1</script>',
    '<img src="x" onerror="globalThis.__pwned = 1">',
    '<Component/>',
    '{/* 注释 */}',
    '<!-- 注释 -->',
    'C:\\文件\\新建 \\{已转义\\}',
  ];
  type Node = { type: string; value?: string; children?: Node[] };
  const walk = (node: Node, visit: (node: Node) => void): void => {
    visit(node);
    for (const child of node.children ?? []) walk(child, visit);
  };

  it.each(CONSTRUCTS)('writes %s in a heading, a paragraph and a list item as text the site compiler reads back', (text) => {
    const doc = role({});
    doc.body = {
      type: 'root',
      children: [
        { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] },
        { type: 'paragraph', children: [{ type: 'text', value: text }] },
        { type: 'list', ordered: false, children: [{ type: 'listItem', children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }] },
      ],
    };
    const rendered = renderDocument(doc) as { text: string };
    const tree = mdxToMdast(readFrontmatter(rendered.text)!.body) as unknown as Node;
    const types = new Set<string>();
    const texts: string[] = [];
    walk(tree, (node) => {
      types.add(node.type);
      if (node.type === 'text') texts.push(node.value!);
    });
    expect([...types].filter((type) => /^mdx|^html$/.test(type))).toEqual([]);
    expect(texts).toEqual([text, text, text]);
  });
});

describe('writeNewFile', () => {
  it('creates folders, writes the file, and never overwrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-emit-'));
    expect(writeNewFile(dir, 'roles/a.mdx', 'first')).toBe(true);
    expect(writeNewFile(dir, 'roles/a.mdx', 'second')).toBe(false);
    expect(readFileSync(join(dir, 'roles/a.mdx'), 'utf8')).toBe('first');
    writeFileSync(join(dir, 'roles/b.mdx'), 'hand-written');
    expect(writeNewFile(dir, 'roles/b.mdx', 'imported')).toBe(false);
    expect(readFileSync(join(dir, 'roles/b.mdx'), 'utf8')).toBe('hand-written');
  });
});
