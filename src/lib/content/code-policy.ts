/**
 * What a content body may contain: the trust policy of the handbook.
 *
 * MDX can run JavaScript at build time (`import`, `export`, `{…}`
 * expressions) and HTML can run it in readers' browsers (`<script>`,
 * `onclick=`, `javascript:` links). Content is written by HR staff, not
 * programmers, and files arrive from imports and copies, so by default a body
 * may hold only text, Markdown, plain HTML elements, comments `{/* … *\/}`
 * and the project's own components (`<Fill />` in reports). A handbook whose
 * content is written by developers can lift the code rules with
 * `allowCode: true` in `content/site.yaml`.
 */
import type { CollectionName } from '../schemas/index.ts';
import { walkTree, type BodyTree } from './mdx-body.ts';

/** Components the site passes to each collection's pages; any other capitalised tag stops the build. */
export const ALLOWED_COMPONENTS: Partial<Record<CollectionName, readonly string[]>> = {
  reports: ['Fill'],
};

/** HTML elements that load or run code, or change how the page loads. */
const BLOCKED_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form']);
const BLOCKED_IN_HTML = new RegExp(`<\\s*(${[...BLOCKED_ELEMENTS].join('|')})\\b`, 'i');

/** True for a URL that runs code when followed: `javascript:`, `vbscript:`, HTML `data:`. */
export function isScriptUrl(url: string): boolean {
  // Browsers ignore whitespace and control characters inside the scheme, and its case.
  const plain = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript):/.test(plain) || plain.startsWith('data:text/html');
}

export interface BodyIssue {
  /** 1-based line in the body. */
  line: number;
  message: string;
}

const ALLOW_HINT = '(内容文件只能写文字;确需代码的网站可由技术人员在 content/site.yaml 里设置 allowCode: true)';

export interface CodePolicyOptions {
  collection: CollectionName;
  /** `allowCode` of content/site.yaml: every rule here lifted, components too (an `import` may bring them). */
  allowCode: boolean;
}

/** Problems of an MDX or Markdown body under the content policy. */
export function checkCodePolicy(tree: BodyTree, options: CodePolicyOptions): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const at = (node: any, message: string) => issues.push({ line: node.position?.start?.line ?? 1, message });
  if (options.allowCode) return issues;
  const components = ALLOWED_COMPONENTS[options.collection] ?? [];

  walkTree(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(node, `正文里不允许 import / export 语句${ALLOW_HINT}`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // A comment {/* … */} parses to a program without statements: that is allowed.
        const statements = node.data?.estree?.body?.length ?? (String(node.value).trim() ? 1 : 0);
        if (statements > 0) {
          at(node, `正文里的 {${String(node.value).trim().slice(0, 30)}} 是代码,不允许${ALLOW_HINT}。只想写花括号本身时请写成 \\{ 和 \\};写注释请用 {/* 注释 */}`);
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name: string | null = node.name;
        if (name && (/^[A-Z]/.test(name) || name.includes('.')) && !components.includes(name)) {
          at(node, components.length
            ? `不认识的组件 <${name}>:这里只能用 ${components.map((c) => `<${c} />`).join('、')}`
            : `不认识的组件 <${name}>:这类条目的正文里不能用组件(<Fill /> 只能用在报告里),请改成普通文字`);
        }
        if (name && BLOCKED_ELEMENTS.has(name.toLowerCase())) {
          at(node, `正文里不允许 <${name}> 标签:它会在读者的浏览器里加载或运行代码${ALLOW_HINT}`);
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            at(node, `<${name ?? ''}> 的属性里不允许写代码 {${String(attribute.value).slice(0, 30)}}${ALLOW_HINT}`);
            continue;
          }
          if (/^on/i.test(attribute.name)) {
            at(node, `<${name ?? ''}> 不允许带 ${attribute.name} 这样的事件属性:它会在读者的浏览器里运行代码${ALLOW_HINT}`);
          } else if (attribute.value && typeof attribute.value === 'object') {
            at(node, `<${name ?? ''}> 的属性 ${attribute.name} 写成了代码 {${String(attribute.value.value).slice(0, 30)}},请改成带引号的文字,例如 ${attribute.name}="…"`);
          } else if (typeof attribute.value === 'string' && isScriptUrl(attribute.value)) {
            at(node, `<${name ?? ''}> 的 ${attribute.name} 是会运行代码的 javascript: 链接,不允许`);
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string' && isScriptUrl(node.url)) at(node, '链接地址以 javascript: 开头,点开会运行代码,不允许。请写成网址(https://…)或站内路径');
        break;
      case 'html': {
        // Only .md files have raw HTML nodes (MDX parses tags as elements).
        const value = String(node.value);
        if (BLOCKED_IN_HTML.test(value)) {
          at(node, `正文里不允许 <script> 一类会加载或运行代码的标签${ALLOW_HINT}`);
        } else if (/\son[a-z]+\s*=/i.test(value)) {
          at(node, `HTML 标签不允许带 onclick 这样的事件属性:它会在读者的浏览器里运行代码${ALLOW_HINT}`);
        } else if (/(href|src|action|formaction)\s*=\s*["']?\s*(javascript|vbscript):/i.test(value)) {
          at(node, '链接地址以 javascript: 开头,点开会运行代码,不允许');
        }
        break;
      }
    }
  });
  return issues;
}
