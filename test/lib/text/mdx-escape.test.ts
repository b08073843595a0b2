import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { evaluate, mdxToMdast } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../../src/lib/text/mdx-escape.ts';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const CODE_NODES = new Set(['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'html']);

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** Node types and the visible text of MDX source, as both MDX parsers see it. */
function parseBoth(mdx: string): Array<{ parser: string; types: Set<string>; text: string }> {
  const trees: Array<[string, Node]> = [
    ['satteri (the site build)', mdxToMdast(mdx) as unknown as Node],
    ['remark-mdx', unified().use(remarkParse).use(remarkMdx).parse(mdx) as unknown as Node],
  ];
  return trees.map(([parser, tree]) => {
    const types = new Set<string>();
    const paragraphs: string[] = [];
    walk(tree, (node) => {
      types.add(node.type);
      if (node.type === 'paragraph') {
        let text = '';
        walk(node, (inner) => (text += inner.type === 'text' ? inner.value : inner.type === 'break' ? '\n' : ''));
        paragraphs.push(text);
      }
    });
    return { parser, types, text: paragraphs.join('\n') };
  });
}

const CONSTRUCTS: Array<[string, string]> = [
  ['an export statement', 'export const x = globalThis.__pwned = 1'],
  ['an import statement', "import fs from 'node:fs'"],
  ['an indented import', "   import fs from 'node:fs'"],
  ['an export after a tab', '\texport default function Page() {}'],
  ['an expression', '{process.exit(1)}'],
  ['a script element', '<script>globalThis.__pwned = 1</script>'],
  ['an image with onerror', '<img src="x" onerror="globalThis.__pwned = 1">'],
  ['a component', '<Component/>'],
  ['a comment expression', '{/* 注释 */}'],
  ['an HTML comment', '<!-- 注释 -->'],
  ['backslashes', 'C:\\文件\\新建 \\n \\\\'],
  ['text that is already escaped', '已转义:\\{x\\} \\<b\\> &lt;i&gt; &#x65;xport'],
  ['Markdown marks', '# 标题 *强调* _下划线_ `代码` [链接](http://a) ~~删除~~ | 表格 |'],
  ['list and quote marks at line start', '- 项目\n+ 项目\n> 引用\n1. 第一\n2) 第二\n==='],
  ['several lines with code on later lines', '第一行说明\nexport const y = 2\n  import a from "b"\n{1 + 1}'],
  ['Chinese text with ordinary punctuation', '岗位职责:负责门店运营(含 1.5 倍加班费),金额 < 5000 元 & 以上 > 1 万。'],
];

describe('escapeMdxText', () => {
  for (const [name, text] of CONSTRUCTS) {
    it(`keeps ${name} as text: no ESM, JSX or expression, and the text comes back`, () => {
      const mdx = escapeMdxText(text);
      for (const parsed of parseBoth(mdx)) {
        expect([...parsed.types].filter((type) => CODE_NODES.has(type)), parsed.parser).toEqual([]);
        expect(parsed.text, parsed.parser).toBe(text);
      }
    });
  }

  it('makes MDX that runs no code when evaluated', () => {
    const g = globalThis as { __pwned?: unknown };
    delete g.__pwned;
    const source = CONSTRUCTS.map(([, text]) => escapeMdxText(text)).join('\n\n');
    const module = evaluate(source, { Fragment: 'fragment', jsx: () => null, jsxs: () => null }) as Record<string, unknown>;
    (module.default as (props: object) => unknown)({});
    expect(g.__pwned).toBeUndefined();
    expect(Object.keys(module).sort()).toEqual(['default']);
  });

  it('leaves plain Chinese text unchanged', () => {
    expect(escapeMdxText('运营部负责门店日常管理。')).toBe('运营部负责门店日常管理。');
  });
});
