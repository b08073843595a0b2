/**
 * Parses the body of a content file the way the build will: `.mdx` with the
 * MDX parser (remark-mdx), `.md` as plain Markdown. A body the MDX parser
 * refuses would stop the build, so the checker reports it with its line.
 */
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type BodyTree = Root;

export interface ParsedBody {
  /** The syntax tree; undefined when the body is not valid MDX. */
  tree?: BodyTree;
  /** The syntax error, with its line in the body (1-based). */
  error?: { line: number; message: string };
}

const mdxParser = unified().use(remarkParse).use(remarkMdx);
const markdownParser = unified().use(remarkParse);

/** Parses `body`; `mdx` says whether the file is `.mdx` (true) or `.md`. */
export function parseBody(body: string, mdx: boolean): ParsedBody {
  if (!mdx) return { tree: markdownParser.parse(body) };
  try {
    return { tree: mdxParser.parse(body) };
  } catch (error) {
    const place = (error as { place?: { line?: number; start?: { line?: number } } }).place;
    const line = place?.line ?? place?.start?.line ?? (error as { line?: number }).line ?? 1;
    const reason = String((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0];
    return {
      error: {
        line,
        message:
          '正文不符合 MDX 的写法,网站无法生成这一页。MDX 把 < 当作标签的开头、把 { 当作代码的开头:' +
          '如果只是想写这个符号,请写成 \\< 或 \\{;如果是标签,请检查它是否闭合(如 <Fill hint="…" />)' +
          `。(解析器的原话:${reason})`,
      },
    };
  }
}

/** Calls `visit` for every node of `tree`, parents before children. */
export function walkTree(tree: BodyTree, visit: (node: any) => void): void {
  const stack: any[] = [tree];
  while (stack.length) {
    const node = stack.pop();
    visit(node);
    if (Array.isArray(node.children)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}
