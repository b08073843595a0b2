/**
 * Views of a structured document (the mdast tree the structure stage
 * produced) that the classifier and the extractors read:
 *
 * - {@link sectionsOf}: headings nested by depth, each with its own content;
 * - {@link itemsOf}: list items and paragraph lines of a section, in order,
 *   with their labels, nesting and source lines;
 * - {@link linesOf}: every line of text in document order (headings,
 *   paragraph lines, list items, table rows), for keyword and field search.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { chineseNumber, fold, LABEL_PATTERN, sectionName, splitRunTogether } from './text.ts';

/** What every extractor is given: one structured document. */
export interface DocumentInput {
  title: string;
  root: Root;
  lang: 'zh-CN' | 'zh-HK';
  /**
   * What the cleaner removed from the document as publication chrome
   * (关键词, 参考文献, 摘要, 责任编辑): gone from the text, but evidence that
   * the document is an article.
   */
  removed?: string[];
}

/** A heading and what belongs to it. The document itself is the section of depth 1 with no heading. */
export interface Section {
  /** Heading text without label or trailing colon, in the document's script ('' for the document). */
  name: string;
  /** `name` folded for matching. */
  key: string;
  /** Numbering label from the structure stage (一、, 第三章 …), '' when none. */
  label: string;
  depth: number;
  line?: number;
  heading?: Heading;
  /** Blocks between this heading and its first subsection. */
  content: RootContent[];
  children: Section[];
}

/** A list item or a line of a paragraph. */
export interface Item {
  /** Text in the document's script, without label; nested items excluded. */
  text: string;
  key: string;
  label: string;
  line?: number;
  children: Item[];
  /** The list item or paragraph the text came from. */
  node: ListItem | Paragraph;
  /** Set for items of an ordered list (or with a numbering label). */
  numbered: boolean;
}

/** One line of text, anywhere in the document. */
export interface Line {
  text: string;
  key: string;
  line?: number;
  source: 'heading' | 'paragraph' | 'item' | 'row';
  /** Label of the heading or item, '' otherwise. */
  label: string;
  /** Table cells when `source` is `row`. */
  cells?: string[];
  /** The top-level block the line belongs to. */
  block: RootContent;
}

/** Numbering label stored by the structure stage on a heading or list item (`data.label`). */
export function labelOf(node: Heading | ListItem): string | undefined {
  const label = (node.data as { label?: unknown } | undefined)?.label;
  return typeof label === 'string' ? label : undefined;
}

/** First source line of a node. */
export function lineOf(node: Nodes | undefined): number | undefined {
  return node?.position?.start.line;
}

/** Text and label of a heading; strips a label the structure stage left in the text. */
function headingParts(heading: Heading): { text: string; label: string } {
  const text = toString(heading).trim();
  const label = labelOf(heading);
  if (label !== undefined) return { text, label };
  const match = LABEL_PATTERN.exec(text);
  return match ? { text: text.slice(match[0].length), label: match[0].trim() } : { text, label: '' };
}

/** The document as nested sections (headings by depth). */
export function sectionsOf(root: Root): Section {
  const top: Section = { name: '', key: '', label: '', depth: 1, content: [], children: [] };
  const stack: Section[] = [top];
  for (const node of root.children) {
    if (node.type === 'heading') {
      const { text, label } = headingParts(node);
      const name = sectionName(text);
      const section: Section = {
        name,
        key: fold(name),
        label,
        depth: Math.max(2, node.depth),
        line: lineOf(node),
        heading: node,
        content: [],
        children: [],
      };
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= section.depth) stack.pop();
      stack[stack.length - 1]!.children.push(section);
      stack.push(section);
    } else {
      stack[stack.length - 1]!.content.push(node);
    }
  }
  return top;
}

/** Every section below `section`, depth first, in document order (the section itself excluded). */
export function descendants(section: Section): Section[] {
  return section.children.flatMap((child) => [child, ...descendants(child)]);
}

/** All blocks of a section, its subsections' headings and content included, in order. */
export function blocksOf(section: Section): RootContent[] {
  return [
    ...(section.heading ? [section.heading] : []),
    ...section.content,
    ...section.children.flatMap((child) => blocksOf(child)),
  ];
}

/** Text of a list item without its nested lists. */
function ownText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map((child) => toString(child))
    .join('\n')
    .trim();
}

function listItems(list: List): Item[] {
  return list.children.map((item) => {
    const raw = ownText(item);
    let label = labelOf(item);
    let text = raw;
    if (label === undefined) {
      const match = LABEL_PATTERN.exec(raw);
      label = match ? match[0].trim() : '';
      if (match) text = raw.slice(match[0].length);
    }
    const nested = item.children.filter((child): child is List => child.type === 'list');
    return {
      text: text.trim(),
      key: fold(text.trim()),
      label,
      line: lineOf(item),
      children: nested.flatMap((child) => listItems(child)),
      node: item,
      numbered: Boolean(list.ordered) || label !== '',
    };
  });
}

function paragraphItems(paragraph: Paragraph): Item[] {
  const start = lineOf(paragraph);
  return toString(paragraph)
    .split('\n')
    .map((raw, index) => ({ raw: raw.trim(), index }))
    .filter(({ raw }) => raw !== '')
    .map(({ raw, index }) => {
      const match = LABEL_PATTERN.exec(raw);
      const text = match ? raw.slice(match[0].length).trim() : raw;
      return {
        text,
        key: fold(text),
        label: match ? match[0].trim() : '',
        line: start === undefined ? undefined : start + index,
        children: [],
        node: paragraph,
        numbered: Boolean(match),
      };
    });
}

/** An item split in several when its text runs numbered items together (1.…;2.…;3.…). */
function splitItem(item: Item): Item[] {
  const own = /\d+/u.exec(fold(item.label))?.[0];
  const parts = splitRunTogether(item.text, own !== undefined ? chineseNumber(own) : undefined);
  if (parts.length <= 1) return [item];
  return parts.map((part, i) => ({
    ...item,
    text: part.text,
    key: fold(part.text),
    label: i === 0 && part.label === '' ? item.label : part.label,
    numbered: true,
    children: i === parts.length - 1 ? item.children : [],
  }));
}

/** List items and paragraph lines of some blocks, in order (subsection headings are not items). */
export function itemsOfBlocks(blocks: readonly RootContent[]): Item[] {
  const items: Item[] = [];
  for (const block of blocks) {
    if (block.type === 'list') items.push(...listItems(block));
    else if (block.type === 'paragraph') items.push(...paragraphItems(block));
    else if (block.type === 'blockquote') items.push(...itemsOfBlocks(block.children));
  }
  return items.flatMap(splitItem).filter((item) => !isNoise(item.key));
}

/**
 * Lines that are page furniture, not content, if the clean stage let them
 * through: download prompts, reading counters, bibliography entries.
 */
export function isNoise(key: string): boolean {
  return /(?:下载|阅读全文|继续阅读|还剩\d+页|未读|点击|扫码|关注公众号)/u.test(key) && /[|]|下载|还剩/u.test(key)
    || /^\[\d+\][^\]]{0,40}\[[MJDCNRS]\]/u.test(key);
}

/** Items of a section's own content (not its subsections). */
export function itemsOf(section: Section): Item[] {
  return itemsOfBlocks(section.content);
}

/** Items of a section and all its subsections, in document order. */
export function allItemsOf(section: Section): Item[] {
  return [...itemsOf(section), ...section.children.flatMap((child) => allItemsOf(child))];
}

/** Item text with its nested items, for fields that take a whole item. */
export function itemWithChildren(item: Item): string {
  if (item.children.length === 0) return item.text;
  const parts = item.children.map((child) => itemWithChildren(child).replace(/[;；。]+$/u, ''));
  const head = item.text.replace(/[;；。,，]+$/u, '');
  return `${head}${/[:：]$/u.test(head) ? '' : ':'}${parts.join(';')}`;
}

function rowsOf(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell).trim()));
}

/** Every line of text in document order. */
export function linesOf(root: Root): Line[] {
  const lines: Line[] = [];
  let block: RootContent = root.children[0]!;
  const visit = (nodes: readonly RootContent[], top: boolean) => {
    for (const node of nodes) {
      if (top) block = node;
      switch (node.type) {
        case 'heading': {
          const { text, label } = headingParts(node);
          lines.push({ text, key: fold(text), line: lineOf(node), source: 'heading', label, block });
          break;
        }
        case 'paragraph':
          for (const item of paragraphItems(node)) {
            lines.push({ text: item.text, key: item.key, line: item.line, source: 'paragraph', label: item.label, block });
          }
          break;
        case 'list': {
          const walk = (items: Item[]) => {
            for (const item of items) {
              lines.push({ text: item.text, key: item.key, line: item.line, source: 'item', label: item.label, block });
              walk(item.children);
            }
          };
          walk(listItems(node));
          break;
        }
        case 'table':
          rowsOf(node).forEach((cells, index) => {
            const text = cells.join(' ');
            const row = node.children[index];
            lines.push({ text, key: fold(text), line: lineOf(row), source: 'row', label: '', cells, block });
          });
          break;
        case 'blockquote':
          visit(node.children, false);
          break;
        default:
          break;
      }
    }
  };
  visit(root.children, true);
  return lines;
}

/** Tables of some blocks as rows of cell texts, with the table's first line. */
export function tablesOf(blocks: readonly RootContent[]): Array<{ rows: string[][]; line?: number; node: Table }> {
  return blocks
    .filter((block): block is Table => block.type === 'table')
    .map((node) => ({ rows: rowsOf(node), line: lineOf(node), node }));
}

/** Plain text of a whole document, lines joined by newlines. */
export function documentText(root: Root): string {
  return linesOf(root)
    .map((line) => line.text)
    .join('\n');
}

/** A Root holding `blocks` (shared, not copied), for an extraction's body. */
export function bodyOf(blocks: readonly RootContent[]): Root {
  return { type: 'root', children: [...blocks] };
}

/**
 * Finds sections whose name matches `pattern` (tested on the folded name),
 * depth first, in document order.
 */
export function findSections(top: Section, pattern: RegExp): Section[] {
  return descendants(top).filter((section) => pattern.test(section.key));
}
