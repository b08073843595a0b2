/**
 * A report as a sequence of typeset blocks (title, headings by numbering
 * level, paragraphs, tables, signature and date), read from its MDX file.
 * The Word export (`docx.ts`) draws these blocks; reading them is kept apart
 * so it can be tested without Word.
 */
import type { List, ListItem, PhrasingContent, RootContent, Table } from 'mdast';
import { readFrontmatter } from '../content/frontmatter.ts';
import { isFill, jsxAttribute, parseBody } from './markdown.ts';
import { fillText, HINT_PREFIX, hintsByDefault } from './placeholders.ts';

/** A piece of text with one look. `fill` marks an unfilled placeholder. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  fill?: boolean;
  /** A run-in heading inside a paragraph, e.g. “(一)销售与客流。” (drawn in the level-2 font). */
  runIn?: boolean;
}

export type ParagraphRole = 'body' | 'salutation' | 'signature' | 'date';

export type Block =
  /** Numbering level 1 (一、), 2 ((一)), 3 (1.), 4 ((1)). */
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { type: 'paragraph'; role: ParagraphRole; runs: Run[]; marker?: string | undefined; depth?: number }
  | { type: 'table'; rows: Run[][][] }
  | { type: 'hint'; text: string };

export interface ReportDocument {
  title: string;
  author?: string | undefined;
  lang: string;
  blocks: Block[];
  /** Report id (`2026/yunying-jingli-2026-q4-jihua`), when known: written into the Word file so an edited copy can come back. */
  id?: string | undefined;
  /** The report's frontmatter, when known: written into the Word file for the same reason. */
  frontmatter?: Record<string, unknown> | undefined;
}

const LIST_MARKERS = [
  (n: number) => `${n}.`,
  (n: number) => `(${n})`,
  (n: number) => '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'[n - 1] ?? `${n})`,
];

const CHINESE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const RUN_IN = /^([((][一二三四五六七八九十]+[))][^。::;;]{1,24}[。::])/;

function runs(nodes: readonly PhrasingContent[], style: Omit<Run, 'text'> = {}): Run[] {
  const out: Run[] = [];
  for (const node of nodes) {
    if (isFill(node)) {
      out.push({ ...style, text: fillText(jsxAttribute(node as { attributes?: unknown[] }, 'hint')), fill: true });
      continue;
    }
    switch (node.type) {
      case 'text':
        out.push({ ...style, text: node.value.replace(/\s*\n\s*/g, '') });
        break;
      case 'inlineCode':
        out.push({ ...style, text: node.value });
        break;
      case 'break':
        out.push({ ...style, text: '\n' });
        break;
      case 'strong':
        out.push(...runs(node.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...runs(node.children, { ...style, italic: true }));
        break;
      case 'delete':
      case 'link':
        out.push(...runs(node.children, style));
        break;
      default:
        if ('children' in node) out.push(...runs(node.children as PhrasingContent[], style));
    }
  }
  return out.filter((run) => run.text !== '');
}

const runsText = (list: Run[]) => list.map((run) => run.text).join('');

/** Splits a leading “(一)小标题。” off a paragraph, so it can be set in the level-2 font. */
function withRunIn(list: Run[]): Run[] {
  const first = list[0];
  if (!first || first.fill) return list;
  const match = RUN_IN.exec(first.text);
  if (!match) return list;
  const rest = first.text.slice(match[1]!.length);
  return [{ ...first, text: match[1]!, runIn: true }, ...(rest ? [{ ...first, text: rest }] : []), ...list.slice(1)];
}

function headingLevel(depth: number): 1 | 2 | 3 | 4 {
  return depth <= 2 ? 1 : depth === 3 ? 2 : depth === 4 ? 3 : 4;
}

function tableBlock(table: Table): Block {
  return { type: 'table', rows: table.children.map((row) => row.children.map((cell) => runs(cell.children))) };
}

function listBlocks(list: List, depth: number, hints: boolean): Block[] {
  const blocks: Block[] = [];
  const start = list.start ?? 1;
  list.children.forEach((item: ListItem, index) => {
    const marker = list.ordered ? LIST_MARKERS[Math.min(depth, LIST_MARKERS.length - 1)]!(start + index) : '•';
    item.children.forEach((child, childIndex) => {
      const itemMarker = childIndex === 0 ? marker : undefined;
      if (child.type === 'paragraph') {
        blocks.push({ type: 'paragraph', role: 'body', runs: runs(child.children), marker: itemMarker, depth });
      } else if (isFill(child)) {
        const text = fillText(jsxAttribute(child as { attributes?: unknown[] }, 'hint'));
        blocks.push({ type: 'paragraph', role: 'body', runs: [{ text, fill: true }], marker: itemMarker, depth });
      } else if (child.type === 'list') {
        blocks.push(...listBlocks(child, depth + 1, hints));
      } else {
        blocks.push(...flowBlocks([child], hints));
      }
    });
  });
  return blocks;
}

function flowBlocks(nodes: readonly RootContent[], hints: boolean): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (isFill(node)) {
      blocks.push({ type: 'paragraph', role: 'body', runs: [{ text: fillText(jsxAttribute(node as { attributes?: unknown[] }, 'hint')), fill: true }] });
      continue;
    }
    switch (node.type) {
      case 'heading':
        blocks.push({ type: 'heading', level: headingLevel(node.depth), text: runsText(runs(node.children)) });
        break;
      case 'paragraph': {
        const list = runs(node.children);
        if (list.length) blocks.push({ type: 'paragraph', role: 'body', runs: withRunIn(list) });
        break;
      }
      case 'list':
        blocks.push(...listBlocks(node, 0, hints));
        break;
      case 'table':
        blocks.push(tableBlock(node));
        break;
      case 'blockquote':
        blocks.push(...flowBlocks(node.children, hints));
        break;
      case 'code':
        blocks.push({ type: 'paragraph', role: 'body', runs: [{ text: node.value }] });
        break;
      case 'mdxFlowExpression': {
        const comment = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(node.value)?.[1]?.trim();
        if (hints && comment?.startsWith(HINT_PREFIX)) blocks.push({ type: 'hint', text: comment.slice(HINT_PREFIX.length).trim() });
        break;
      }
      default:
        if (node.type === 'mdxJsxFlowElement' && 'children' in node) blocks.push(...flowBlocks(node.children as RootContent[], hints));
    }
  }
  return blocks;
}

/** Marks the salutation (尊敬的领导:) and the closing signature and date lines. */
function assignRoles(blocks: Block[]): void {
  const firstHeading = blocks.findIndex((b) => b.type === 'heading');
  const opening = blocks.slice(0, firstHeading === -1 ? blocks.length : firstHeading);
  const salutation = opening.find((b) => b.type === 'paragraph');
  if (salutation?.type === 'paragraph' && !salutation.marker) {
    const text = runsText(salutation.runs);
    if (/[::]$/.test(text) && text.length <= 24) salutation.role = 'salutation';
  }
  const content = blocks.filter((b) => b.type !== 'hint');
  const last = content.at(-1);
  if (last?.type !== 'paragraph' || last.marker || !CHINESE_DATE.test(runsText(last.runs).trim())) return;
  const lastIndex = content.length - 1;
  last.role = 'date';
  const before = content[lastIndex - 1];
  if (before?.type === 'paragraph' && !before.marker) {
    const text = runsText(before.runs).trim();
    if (text.length <= 30 && !/[。;;,,!?!?]/.test(text)) before.role = 'signature';
  }
}

/** Who wrote a report and in which script, as its frontmatter says. */
export interface ReportMeta {
  title: string;
  author?: string | undefined;
  lang?: string | undefined;
  /** Report id and frontmatter, carried into the Word file (see docx.ts). */
  id?: string | undefined;
  frontmatter?: Record<string, unknown> | undefined;
}

/**
 * Reads a report body (MDX) into blocks. With `hints`, writing-guidance
 * comments ({/* 提示:… *\/}) are kept as hint blocks, as in the Word draft a
 * manager downloads; without it, {@link hintsByDefault} decides from the
 * report's status.
 */
export function documentFromBody(body: string, meta: ReportMeta, options: { hints?: boolean | undefined } = {}): ReportDocument {
  const hints = options.hints ?? hintsByDefault(meta.frontmatter?.status);
  const blocks = flowBlocks(parseBody(body).children, hints);
  assignRoles(blocks);
  return { title: meta.title, author: meta.author, lang: meta.lang ?? 'zh-CN', blocks, id: meta.id, frontmatter: meta.frontmatter };
}

/** Reads a whole report file (frontmatter and MDX body) into blocks; see {@link documentFromBody}. */
export function reportDocument(source: string, options: { hints?: boolean | undefined; id?: string | undefined } = {}): ReportDocument {
  const frontmatter = readFrontmatter(source);
  const data = (frontmatter?.data ?? {}) as { title?: unknown; author?: unknown; lang?: unknown };
  const meta: ReportMeta = {
    title: typeof data.title === 'string' ? data.title : '',
    author: typeof data.author === 'string' ? data.author : undefined,
    lang: typeof data.lang === 'string' ? data.lang : undefined,
    id: options.id,
    frontmatter: frontmatter?.data && typeof frontmatter.data === 'object' ? (frontmatter.data as Record<string, unknown>) : undefined,
  };
  return documentFromBody(frontmatter ? frontmatter.body : source, meta, options);
}
