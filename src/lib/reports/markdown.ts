/**
 * Parses report bodies (MDX) into a Markdown syntax tree with unified,
 * remark-parse, remark-gfm (tables) and remark-mdx (the `<Fill />`
 * placeholder and `{/* … *\/}` comments), plus small helpers over the tree.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { fillText } from './placeholders.ts';

const mdxParser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/**
 * The syntax tree of an MDX body. A body that is not valid MDX (a stray `<`
 * or `{`) is read as plain Markdown instead, so export never fails on it.
 */
export function parseBody(body: string): Root {
  try {
    return mdxParser.parse(body);
  } catch {
    return markdownParser.parse(body);
  }
}

/** Value of a JSX attribute such as `hint` on a `<Fill />` node. */
export function jsxAttribute(node: { attributes?: unknown[] }, name: string): string | undefined {
  for (const attribute of node.attributes ?? []) {
    const a = attribute as { type?: string; name?: string; value?: unknown };
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return undefined;
}

/** True for a `<Fill />` placeholder node. */
export function isFill(node: Nodes | RootContent): boolean {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Fill';
}

/**
 * Plain text of a node. Placeholders become `fill(hint)` (by default
 * 【待填写:hint】); comments and other expressions are dropped.
 */
export function plainText(node: Nodes | RootContent, fill: (hint: string | undefined) => string = fillText): string {
  if (isFill(node)) return fill(jsxAttribute(node as { attributes?: unknown[] }, 'hint'));
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'break':
      return '\n';
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
    case 'mdxjsEsm':
    case 'html':
      return '';
    default:
      if ('children' in node) {
        const separator = node.type === 'list' || node.type === 'listItem' || node.type === 'root' || node.type === 'tableRow' ? ' ' : '';
        return (node.children as RootContent[]).map((child) => plainText(child, fill)).join(separator);
      }
      return '';
  }
}

/** Heading text without its numbering (一、 (一) 1. 第一章), compared without spaces. */
export function headingKey(text: string): string {
  return text
    .replace(/^\s*(第[一二三四五六七八九十百]+[章节部分]|[一二三四五六七八九十]+[、.．]|[((][一二三四五六七八九十\d]+[))]|\d+(\.\d+)*[.、．]?)\s*/, '')
    .replace(/[\s::]/g, '');
}
