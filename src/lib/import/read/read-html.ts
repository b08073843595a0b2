/**
 * HTML pages (copied from intranets and websites, often tag soup) → lines, one
 * per block: paragraphs, headings, list items, table rows. Page chrome that
 * HTML marks as such (scripts, styles, navigation, header, footer) is dropped
 * here; chrome that is only text (上一篇, 责任编辑 …) is the clean stage's job.
 */
import { Parser } from 'htmlparser2';
import type { SourceLine } from '../model.ts';
import { decodeText, isDecodeFailure, type DecodedText, type DecodeFailure, type TextEncoding } from './decode-text.ts';

/** Elements whose content is never document text. */
const DROPPED = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'noscript',
  'noframes',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'select',
  'button',
  'rt',
  'rp',
]);

/** Elements that start and end a line of their own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'ul',
]);

/** Void elements: htmlparser2 reports no closing tag worth tracking for them. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

interface ListState {
  ordered: boolean;
  /** Next number an `<ol>` item gets (browsers show it; copied text would carry it). */
  next: number;
  type: string;
}

/** Numbering label a browser shows for an ordered list item. */
function listLabel(n: number, type: string): string {
  const letters = (value: number, base: string) => {
    let out = '';
    for (let v = value; v > 0; v = Math.floor((v - 1) / 26)) out = base[(v - 1) % 26] + out;
    return out;
  };
  switch (type) {
    case 'a':
      return `${letters(n, 'abcdefghijklmnopqrstuvwxyz')}.`;
    case 'A':
      return `${letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}.`;
    case 'i':
      return `${toRoman(n).toLowerCase()}.`;
    case 'I':
      return `${toRoman(n)}.`;
    default:
      return `${n}.`;
  }
}

/** Roman numerals, as Word and HTML lists number with them (4 → IV). */
export function toRoman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out || String(n);
}

/** Text that already starts with its own numbering (一、 (1) 1. ① 第一条 …): no label is added. */
export const OWN_NUMBERING = /^\s*(?:[(（]?[0-9０-９一二三四五六七八九十百零〇壹贰貳叁參肆伍陆陸柒捌玖拾]+[)）.．、:：]|[①-⑳⑴-⒇⒈-⒛]|第[0-9一二三四五六七八九十百零〇]+[章节節条條款篇部分])/u;

function hiddenByAttributes(attributes: Record<string, string>): boolean {
  if ('hidden' in attributes || attributes['aria-hidden'] === 'true') return true;
  const style = (attributes.style ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/**
 * Block-level lines of an HTML fragment or page. `line` is the source line
 * where the block's text starts (or, with `lineNumbers: 'block'`, the 1-based
 * block number, for HTML made from a Word file); empty blocks are left out. Headings and list items carry hints;
 * table rows become one line with cells separated by a tab; ordered list items
 * get the number a browser would show, unless their text carries its own
 * (`numberOrderedLists: false` leaves that to the caller).
 */
export function htmlToLines(html: string, options: { numberOrderedLists?: boolean; lineNumbers?: 'source' | 'block' } = {}): SourceLine[] {
  const numberOrderedLists = options.numberOrderedLists ?? true;
  const byBlock = options.lineNumbers === 'block';
  const lines: SourceLine[] = [];
  let text = '';
  let hint: SourceLine['hint'];
  let skipDepth = 0;
  let preDepth = 0;
  const stack: string[] = [];
  const lists: ListState[] = [];
  /** Cells of the table row being read (with their spans), and whether a cell is open. */
  let row: string[] | undefined;
  let spans: Array<{ colspan: number; rowspan: number }> = [];
  /** Tables opened so far (their numbers), the innermost last, with the next row index and cells carried down by rowspan. */
  let tableCount = 0;
  /** Set when a block element began or ended inside the cell being read: its next text is a new paragraph of the cell. */
  let cellBreak = false;
  const tables: Array<{ id: number; rows: number; carried: Map<number, { text: string; left: number }> }> = [];
  let rowHint: SourceLine['hint'];
  /** Number label for the `<ol>` item just opened, added before its first text. */
  let labelPending: string | undefined;
  // Lines are numbered by where their text starts in the HTML source, so the
  // import report and the gold benchmark point at the line a person sees in an editor.
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    if (byBlock) return lines.length + 1;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  let textStart = 0;
  let rowStart = 0;

  const flush = () => {
    // HTML whitespace collapses; full-width spaces and NBSP are kept for the normaliser.
    const value = preDepth > 0 ? text.replace(/^\n+|\s+$/g, '') : text.replace(/[ \t\n\r\f]+/g, ' ').trim();
    text = '';
    if (row) {
      if (value) {
        if (row.length === 0) row.push('');
        const last = row.length - 1;
        row[last] = (row[last] ? `${row[last]}${cellBreak ? '\n' : ' '}` : '') + value;
        cellBreak = false;
      }
      return;
    }
    if (!value) {
      hint = undefined;
      return;
    }
    const parts = preDepth > 0 ? value.split('\n') : [value];
    for (const [i, part] of parts.entries()) {
      const line: SourceLine = { line: lineAt(textStart) + i, text: part };
      if (hint) line.hint = hint;
      lines.push(line);
    }
    // A list item's text continues after a nested list only rarely; it is a new line then, without the hint.
    hint = undefined;
  };

  /** A row's cells as ordinary lines, one per paragraph (layout tables). */
  const emitAsText = (cells: readonly string[], at: number) => {
    for (const cell of cells) {
      for (const part of cell.split('\n')) {
        const value = part.trim();
        if (value) lines.push({ line: lineAt(at), text: value });
      }
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipDepth > 0) {
          if (!VOID.has(name)) skipDepth++;
          return;
        }
        if (DROPPED.has(name) || hiddenByAttributes(attributes)) {
          if (!VOID.has(name)) skipDepth = 1;
          return;
        }
        if (!VOID.has(name)) stack.push(name);
        if (name === 'br') {
          if (row) text += ' ';
          else flush();
          return;
        }
        if (name === 'table') {
          // A table inside a cell: the outer table only lays the page out. What its row holds so far is text.
          if (row) {
            flush();
            emitAsText(row, rowStart);
            row = undefined;
          }
          tables.push({ id: ++tableCount, rows: 0, carried: new Map() });
        }
        if (name === 'tr') {
          flush();
          rowStart = parser.startIndex;
          row = [];
          spans = [];
          rowHint = undefined;
          return;
        }
        if ((name === 'td' || name === 'th') && row) {
          flush();
          cellBreak = false;
          row.push('');
          const span = (value: string | undefined) => Math.min(50, Math.max(1, Number.parseInt(value ?? '', 10) || 1));
          spans.push({ colspan: span(attributes.colspan), rowspan: span(attributes.rowspan) });
          return;
        }
        if (BLOCKS.has(name)) {
          flush();
          if (row) cellBreak = true;
          if (name === 'pre') preDepth++;
          if (name === 'ul' || name === 'ol') {
            const start = Number.parseInt(attributes.start ?? '', 10);
            lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1, type: attributes.type ?? '1' });
          }
          const heading = /^h([1-6])$/.exec(name);
          if (heading) hint = { heading: Number(heading[1]) };
          if (name === 'li') {
            const list = lists[lists.length - 1];
            const ordered = list?.ordered ?? false;
            hint = { listItem: { ordered, depth: Math.max(1, lists.length) } };
            if (list && ordered && numberOrderedLists) {
              const value = Number.parseInt(attributes.value ?? '', 10);
              if (Number.isFinite(value)) list.next = value;
              // The label is added when the item's text is known (see onclosetag/ontext below).
              labelPending = listLabel(list.next, list.type);
              list.next++;
            }
          }
          if (row) rowHint = hint;
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        // Where this block's visible text begins (leading whitespace does not count).
        if (!text.trim() && data.trim()) textStart = parser.startIndex + (data.length - data.trimStart().length);
        if (labelPending !== undefined) {
          if (!data.trim()) return;
          if (!OWN_NUMBERING.test(data)) text += `${labelPending} `;
          labelPending = undefined;
        }
        text += data;
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          if (VOID.has(name)) return;
          skipDepth--;
          return;
        }
        if (VOID.has(name)) return;
        // Pop to the matching element (tag soup closes elements out of order).
        const at = stack.lastIndexOf(name);
        if (at === -1) return;
        stack.length = at;
        if (name === 'tr' && row) {
          flush();
          const table = tables.at(-1);
          // One cell holding paragraphs of its own: a page laid out in a table, not a row of data.
          if (row.filter((cell) => cell.trim()).length === 1 && row.some((cell) => cell.includes('\n'))) {
            emitAsText(row, rowStart);
            row = undefined;
            return;
          }
          const cells = (table ? alignCells(row, spans, table.carried) : row.map((cell) => cell.trim())).map((cell) => cell.replace(/\s*\n\s*/g, ' '));
          while (cells.length > 0 && cells.at(-1) === '') cells.pop();
          row = undefined;
          const value = cells.filter(Boolean).length > 0 ? cells.join('\t') : '';
          if (value) {
            const line: SourceLine = { line: lineAt(rowStart), text: value };
            if (rowHint) line.hint = rowHint;
            if (table) line.table = { table: table.id, row: table.rows++, cells };
            lines.push(line);
          }
          return;
        }
        if (name === 'table') tables.pop();
        if ((name === 'td' || name === 'th') && row) {
          flush();
          return;
        }
        if (BLOCKS.has(name)) {
          flush();
          if (row) cellBreak = true;
          if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
          if (name === 'ul' || name === 'ol') lists.pop();
          if (name === 'li') labelPending = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  if (row) {
    const table = tables.at(-1);
    const cells = table ? alignCells(row, spans, table.carried) : row.map((cell) => cell.trim());
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    if (cells.some(Boolean)) {
      const line: SourceLine = { line: lineAt(rowStart), text: cells.join('\t') };
      if (table) line.table = { table: table.id, row: table.rows, cells };
      lines.push(line);
    }
  }
  return lines;
}

/**
 * A row's cells placed in their columns: a cell spanning columns is followed
 * by empty cells, and cells spanning rows from above are carried into this
 * row (and their count of rows left goes down), so every row of a table has
 * its cells under the right header.
 */
export function alignCells(row: readonly string[], spans: ReadonlyArray<{ colspan: number; rowspan: number }>, carried: Map<number, { text: string; left: number }>): string[] {
  const cells: string[] = [];
  const takeCarried = () => {
    for (let from = carried.get(cells.length); from && from.left > 0; from = carried.get(cells.length)) {
      cells.push(from.text);
      from.left -= 1;
      if (from.left === 0) carried.delete(cells.length - 1);
    }
  };
  row.forEach((raw, i) => {
    takeCarried();
    const text = raw.trim();
    const { colspan, rowspan } = spans[i] ?? { colspan: 1, rowspan: 1 };
    for (let c = 0; c < colspan; c++) {
      if (rowspan > 1) carried.set(cells.length, { text: c === 0 ? text : '', left: rowspan - 1 });
      cells.push(c === 0 ? text : '');
    }
  });
  // Cells carried into columns after the last cell of this row.
  for (const column of [...carried.keys()].sort((a, b) => a - b)) {
    if (column < cells.length) continue;
    while (cells.length < column) cells.push('');
    takeCarried();
  }
  return cells;
}

/** Character set an HTML page declares (`<meta charset>` or http-equiv), mapped to ours. */
export function declaredCharset(bytes: Uint8Array): TextEncoding | undefined {
  // Declarations sit in the first kilobytes and are ASCII whatever the encoding (UTF-16 aside).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!match) return undefined;
  const label = match[1]!.toLowerCase();
  if (label === 'utf-8' || label === 'utf8') return 'UTF-8';
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312'].includes(label)) return 'GB18030';
  if (['big5', 'big5-hkscs', 'cn-big5', 'x-x-big5', 'cp950'].includes(label)) return 'Big5';
  if (label === 'utf-16le') return 'UTF-16LE';
  if (label === 'utf-16be') return 'UTF-16BE';
  return undefined;
}

/**
 * Decodes an HTML file: detected like plain text, with the page's own
 * declaration taken when detection finds the bytes are not valid UTF-8 and the
 * declared encoding reads cleanly. (Pages saved from a browser are often
 * re-encoded as UTF-8 while still declaring gb2312, so the declaration alone
 * is not trusted.)
 */
export function decodeHtml(bytes: Uint8Array): (DecodedText & { declared?: TextEncoding }) | DecodeFailure {
  const detected = decodeText(bytes);
  const declared = declaredCharset(bytes);
  if (!declared) return detected;
  if (!isDecodeFailure(detected) && (detected.bom || detected.encoding === 'UTF-8' || detected.encoding === declared)) {
    return { ...detected, declared };
  }
  if (declared === 'GB18030' || declared === 'Big5') {
    const text = new TextDecoder(declared === 'GB18030' ? 'gb18030' : 'big5').decode(bytes);
    const invalid = [...text.matchAll(/\uFFFD/g)].length;
    if (invalid === 0 || isDecodeFailure(detected)) {
      return { text, encoding: declared, confidence: invalid === 0 ? 0.95 : 0.5, bom: false, reason: `网页声明的编码 ${declared}`, invalid, declared };
    }
  }
  return isDecodeFailure(detected) ? detected : { ...detected, declared };
}
