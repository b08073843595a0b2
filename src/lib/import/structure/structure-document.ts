/**
 * Stage 4, structure: rebuilds a document's headings and nested lists from
 * its numbering. Depth is inferred per document from the order in which
 * label kinds first appear (one file nests 一、 > 1、 > 1), another puts
 * 一、…二十七、 inside a 1、 heading); a kind is a heading kind when its lines
 * are short and carry content below them, otherwise a list kind. Original
 * labels are kept in `data.label`. Skipped or repeated numbers and documents
 * that stop mid-sentence are flagged.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Flag, RawDocument } from '../model.ts';
import { isTitleLike } from '../split/markers.ts';
import { foldText } from '../text/fold.ts';
import { levelKey, readLabel, toChineseNumeral, type Label } from './numbering.ts';
import { repairLines, type WorkLine } from './repair-lines.ts';

const SOURCE = 'import:structure';
/** Section names that head a block without a number (职责: / 任职条件 / 考核标准 …). */
const SECTION_NAME =
  /^(岗位|工作)?(职责|职能|内容|概述|目标|要求|任务|重点|措施|安排|计划|总结|标准|流程|程序|范围|目的|依据|说明|附则|总则)[::]?$|^(主要|基本|具体)?(职责|工作职责|岗位职责|工作内容|任职条件|任职要求|任职资格|岗位要求|资格要求|考核标准|考核指标|工作标准|工作目标|工作计划|工作措施|工作总结|基本情况|主要工作|主要成绩|存在的?问题|不足之处|经验教训|经验和教训|下一步(工作)?(计划|打算|安排)|前言|结束语|备注|注意事项|应知应会|权力关系|沟通关系|任职资格|工作概述|岗位概述|职位概述|晋升通道|工作权限|工作关系)[::]?$/;

/**
 * A section name in brackets on a line of its own: 【岗位职责】, [任职资格]:,
 * 〔工作内容〕. Forms and scraped pages mark their blocks this way whatever
 * the block is called, so the brackets alone make it a heading.
 */
const BRACKETED = /^\s*[【\[〔〖]\s*([^【】\[\]〔〕〖〗]{1,14}?)\s*[】\]〕〗]\s*[::]?\s*$/d;

interface Entry extends WorkLine {
  label?: Label;
  key?: string;
  /** Text without the label. */
  body: string;
  plainHeading: boolean;
}

/** Structures one document; returns its mdast tree and the flags for a human. */
export function structureDocument(doc: RawDocument, file: VFile): { root: Root; flags: Flag[] } {
  const flags: Flag[] = [];
  const flag = (line: number, message: string, ruleId: string) => {
    flags.push({ line, message });
    file.message(message, { place: { line, column: 1 }, ruleId, source: SOURCE });
  };

  const entries: Entry[] = repairLines(unglueBracketed(doc.lines), file).map((line, index, all) => {
    const bracketed = BRACKETED.exec(foldText(line.text));
    // A name has words: [1] or 【2】 alone is a footnote or a list number, not a section.
    if (bracketed && /[\u4e00-\u9fff]/u.test(bracketed[1]!)) {
      // Heading text without the brackets, so 【职责】 is read as the section 职责 (folding keeps positions).
      const [start, end] = bracketed.indices![1]!;
      const name = line.text.slice(start, end);
      return { ...line, text: name, label: undefined, key: undefined, body: name, plainHeading: true };
    }
    const folded = foldText(line.text);
    const label = readLabel(folded);
    const body = label ? line.text.slice(label.length).trim() : line.text;
    const next = all[index + 1];
    const plainHeading =
      !label && (SECTION_NAME.test(folded.replace(/。$/, '')) || (/[::]$/.test(folded) && [...folded].length <= 12 && next !== undefined && !/[,,。]/.test(folded)));
    return { ...line, label, key: label ? levelKey(label) : undefined, body, plainHeading };
  });

  const order = kindOrder(entries);
  const headingKinds = decideHeadingKinds(entries, order);
  const headingDepth = new Map([...headingKinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((key, i) => [key, Math.min(2 + i, 6)]));

  const root: Root = { type: 'root', children: [] };
  let lists: Array<{ key: string; node: List }> = [];
  let numberedDepth = 1;
  const lastValue = new Map<string, number>();

  for (const entry of entries) {
    const position = { start: { line: entry.line, column: 1 }, end: { line: entry.line, column: entry.text.length + 1 } };
    if (entry.key && entry.label!.kind !== 'bullet') checkSequence(entry, order, lastValue, flag);

    // A sentence-long line of a heading kind is text with a number, not a title.
    const sentence = [...entry.body].length > 40 && /[,,;;。]/.test(stripEnd(entry.body));
    if (entry.key && headingKinds.has(entry.key) && sentence) {
      lists = [];
      root.children.push(paragraph(entry.text, position));
      continue;
    }
    if (entry.key && headingKinds.has(entry.key)) {
      lists = [];
      const depth = headingDepth.get(entry.key)!;
      numberedDepth = depth;
      const text = stripEnd(entry.body);
      if (!text) flag(entry.line, `标题“${entry.label!.text}”没有文字`, 'empty-heading');
      root.children.push(heading(depth, text, entry.label!.text, position));
      continue;
    }
    if (entry.plainHeading) {
      lists = [];
      root.children.push(heading(Math.min(numberedDepth + 1, 6), stripEnd(entry.text), '', position));
      continue;
    }
    if (entry.key) {
      const item: ListItem = {
        type: 'listItem',
        spread: false,
        data: { label: entry.label!.text } as ListItem['data'],
        children: [paragraph(entry.body.replace(/[;;]$/, ''), position)],
        position,
      };
      const at = lists.findIndex((open) => open.key === entry.key);
      if (at >= 0) {
        lists = lists.slice(0, at + 1);
      } else {
        const top = lists.at(-1);
        const list: List = { type: 'list', ordered: entry.label!.kind !== 'bullet', spread: false, children: [], position };
        if (top && order.indexOf(entry.key) > order.indexOf(top.key)) {
          top.node.children.at(-1)!.children.push(list);
        } else {
          lists = [];
          root.children.push(list);
        }
        lists.push({ key: entry.key, node: list });
      }
      const list = lists.at(-1)!.node;
      list.children.push(item);
      list.position!.end = position.end;
      continue;
    }
    const lastItem = lists.at(-1)?.node.children.at(-1);
    if (lastItem && /[::]$/.test(lastItem.children[0]?.type === 'paragraph' ? textOf(lastItem.children[0]) : '')) {
      lastItem.children.push(paragraph(entry.text, position));
      continue;
    }
    lists = [];
    root.children.push(paragraph(entry.text, position));
  }

  checkEnding(entries, root, flag);
  checkMerged(entries, order, flag);
  return { root, flags };
}

/** A bracketed section name with its first content on the same line: 【岗位职责】1、负责…. */
const BRACKETED_START = /^\s*[【〔〖](?=[^【】〔〕〖〗]{1,14}[】〕〗])[^【】〔〕〖〗]*?[\u4e00-\u9fff][^【】〔〕〖〗]*?[】〕〗]\s*[::]?/;

/** Puts a bracketed section name that starts a line on a line of its own, so it heads what follows it. */
function unglueBracketed(lines: readonly WorkLine[]): WorkLine[] {
  return lines.flatMap((line) => {
    const match = BRACKETED_START.exec(foldText(line.text));
    const rest = match ? line.text.slice(match[0].length).trim() : '';
    return match && rest ? [{ line: line.line, text: line.text.slice(0, match[0].length).trim() }, { line: line.line, text: rest }] : [line];
  });
}

/** Label kinds in order of first appearance; chapters and articles keep their fixed order. */
function kindOrder(entries: Entry[]): string[] {
  const order: string[] = [];
  for (const entry of entries) if (entry.key && !order.includes(entry.key)) order.push(entry.key);
  const fixed = ['chapter', 'section', 'article'].filter((key) => order.includes(key));
  return [...fixed, ...order.filter((key) => !fixed.includes(key))];
}

/**
 * A kind heads sections when most of its lines are short titles with content
 * below them. Once a kind is a list, every kind nested deeper is a list too.
 */
function decideHeadingKinds(entries: Entry[], order: string[]): Set<string> {
  const headings = new Set<string>();
  for (const key of order) {
    if (key === 'chapter' || key === 'section') {
      headings.add(key);
      continue;
    }
    if (key === 'article' || key === 'bullet') break;
    const own = entries.map((entry, i) => ({ entry, i })).filter(({ entry }) => entry.key === key);
    const short = own.filter(({ entry }) => [...stripEnd(entry.body)].length <= 25 && !/[,,;;。]/.test(stripEnd(entry.body)));
    const withContent = own.filter(({ i }) => {
      const next = entries[i + 1];
      return next !== undefined && next.key !== key && (!next.key || order.indexOf(next.key) > order.indexOf(key));
    });
    if (short.length >= own.length * 0.6 && withContent.length >= own.length * 0.5) headings.add(key);
    else break;
  }
  return headings;
}

function checkSequence(entry: Entry, order: string[], lastValue: Map<string, number>, flag: (line: number, message: string, ruleId: string) => void): void {
  const key = entry.key!;
  const rank = order.indexOf(key);
  // A higher-level label restarts every deeper sequence.
  for (const other of [...lastValue.keys()]) if (order.indexOf(other) > rank) lastValue.delete(other);
  const last = lastValue.get(key);
  const value = entry.label!.value;
  const show = (n: number) => (['cn', 'paren-cn', 'chapter', 'article', 'ordinal', 'shi', 'section'].includes(entry.label!.kind) ? toChineseNumeral(n) : String(n));
  if (last === undefined) {
    if (value > 1) flag(entry.line, `编号从“${entry.label!.text}”开始,前面的第 ${show(1)} 项可能缺失`, 'numbering-start');
  } else if (value === last) {
    flag(entry.line, `编号“${entry.label!.text}”重复`, 'numbering-repeat');
  } else if (value > last + 1) {
    flag(entry.line, `编号从“${show(last)}”跳到“${show(value)}”,中间的内容可能缺失`, 'numbering-skip');
  }
  lastValue.set(key, value);
}

/**
 * Signs of several documents merged into one that the splitter could not
 * cut (no title at the seam): the top-level numbering (一、 / 第一条) starting
 * again outside a new chapter, or several lines that read like titles.
 */
function checkMerged(entries: Entry[], order: string[], flag: (line: number, message: string, ruleId: string) => void): void {
  // 一、 and 第一条 number a whole document; 1、 lists start again under every section name.
  const top = order.find((key) => key !== 'chapter' && key !== 'section');
  const highest = new Map<string, number>();
  for (const entry of entries) {
    if (entry.plainHeading) highest.delete(top ?? '');
    if (!entry.key) continue;
    if (entry.key === 'chapter' || entry.key === 'section') highest.delete(top ?? '');
    if (!((entry.key === top && entry.label!.kind === 'cn') || entry.key === 'article')) continue;
    const value = entry.label!.value;
    if (value === 1 && (highest.get(entry.key) ?? 0) >= 2) {
      flag(entry.line, `编号在此处从“${entry.label!.text}”重新开始,疑似多篇文档合并,请核对是否应拆成两篇`, 'merged-documents');
    }
    highest.set(entry.key, Math.max(highest.get(entry.key) ?? 0, value));
  }
  const titles = entries.filter((entry) => !entry.label && isTitleLike(entry.text));
  if (titles.length >= 2) {
    flag(titles[0]!.line, `文中有 ${titles.length} 行像文档标题(${titles.slice(0, 3).map((t) => `“${t.text.trim()}”`).join('、')}),疑似多篇文档合并,请核对`, 'merged-documents');
  }
}

function checkEnding(entries: Entry[], root: Root, flag: (line: number, message: string, ruleId: string) => void): void {
  const last = entries.at(-1);
  const lastNode = root.children.at(-1);
  if (!last || !lastNode) return;
  if (lastNode.type === 'heading') {
    flag(last.line, '文档最后一个标题下没有内容,文档可能不完整', 'cut-off');
  } else if (!/[。!?!?”」』)》;;::…]$/.test(last.text) && [...last.text].length >= 15) {
    flag(last.line, '文档在此处中断(最后一句不完整),可能缺少后面的内容', 'cut-off');
  }
}

function heading(depth: number, text: string, label: string, position: Heading['position']): Heading {
  return {
    type: 'heading',
    depth: depth as Heading['depth'],
    data: { label } as Heading['data'],
    children: text ? [{ type: 'text', value: text }] : [],
    position,
  };
}

function paragraph(text: string, position: Paragraph['position']): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }], position };
}

function textOf(node: RootContent): string {
  return 'children' in node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : '';
}

function stripEnd(text: string): string {
  return text.replace(/[。;;::,,\s]+$/, '');
}
