/**
 * Tables in plain text: columns separated by tabs (what Word, WPS, .doc files
 * and PDF text layers give for a table) or aligned with runs of two or more
 * spaces. Such lines are marked as table rows (`SourceLine.table`), so later
 * stages keep each row as one line and read its cells, instead of joining
 * rows into run-on text.
 *
 * A table needs at least two consecutive rows with the same number of cells
 * (two or more). Space-separated columns must also start at the same place
 * in every row, give or take a few columns: prose that happens to hold a
 * double space (a blank amount “奖励  元”) is not a table.
 */
import type { SourceLine } from '../model.ts';

/** Display width: CJK and full-width characters take two columns. */
function width(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return n;
}

/** How far columns of space-aligned rows may drift (typed tables are rarely exact). */
const DRIFT = 4;

/**
 * A gap of spaces that is not a column break: a blank left in a form before a
 * unit or a date part (奖励  元, 年  月  日), where the spaces stand for a value.
 */
const BLANK_BEFORE = /^(?:元|万元|千元|百元|年|月|日|号|人|名|个|次|天|小时|分钟|%|%)/u;

interface Split {
  cells: string[];
  /** Display column where each cell starts (space-separated rows only). */
  starts: number[];
  kind: 'tab' | 'space';
}

/** Cells of one line, or undefined when it is not a row (fewer than two cells). */
export function splitRow(text: string): Split | undefined {
  if (text.includes('\t')) {
    const cells = text.split('\t').map((cell) => cell.trim());
    // .doc files end every cell, the last included, with a cell mark (read as a tab).
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    while (cells.length > 0 && cells[0] === '' && !/^\s*\t/u.test(text)) cells.shift();
    if (cells.filter(Boolean).length < 2) return undefined;
    return { cells, starts: [], kind: 'tab' };
  }
  const indent = /^ */u.exec(text)![0].length;
  const body = text.trimEnd();
  const cells: string[] = [];
  const starts: number[] = [];
  let at = indent;
  let currentStart = indent;
  const gap = / {2,}/gu;
  gap.lastIndex = indent;
  for (let match = gap.exec(body); match; match = gap.exec(body)) {
    const after = body.slice(match.index + match[0].length);
    if (BLANK_BEFORE.test(after)) continue;
    cells.push(body.slice(at, match.index));
    starts.push(currentStart);
    at = match.index + match[0].length;
    currentStart = width(body.slice(0, at));
  }
  if (cells.length === 0) return undefined;
  cells.push(body.slice(at));
  starts.push(currentStart);
  if (cells.some((cell) => !cell.trim())) return undefined;
  return { cells: cells.map((cell) => cell.trim()), starts, kind: 'space' };
}

/** True when two space-aligned rows start their columns at about the same places. */
function aligned(a: Split, b: Split): boolean {
  return a.starts.every((start, i) => i === 0 || Math.abs(start - (b.starts[i] ?? -99)) <= DRIFT);
}

/**
 * A space-aligned row with fewer cells than the header (some left blank),
 * its cells placed under the header columns they start under; undefined when
 * they do not line up.
 */
function fitTo(header: Split, row: Split): string[] | undefined {
  if (row.kind !== 'space' || row.cells.length >= header.cells.length) return undefined;
  const cells = header.cells.map(() => '');
  let column = 0;
  for (const [i, start] of row.starts.entries()) {
    while (column < header.starts.length && Math.abs(header.starts[column]! - start) > DRIFT) column++;
    if (column >= header.starts.length || (i === 0 && column !== 0)) return undefined;
    cells[column++] = row.cells[i]!;
  }
  return cells;
}

/** A numbering label standing alone in a cell (第一条, 一、, 1., (二)): rows led by one are a list. */
const LABEL_CELL = /^(?:第[一二三四五六七八九十百零〇\d]+[条章节款]|[一二三四五六七八九十]+[、.]|\d+[.、]|[(（][一二三四五六七八九十\d]+[)）])$/u;

/**
 * Space-separated lines that are numbered prose (第一条  为了……。 / 一、  总则),
 * not a table: two columns, a label first or a sentence last in every row.
 */
function isNumberedProse(rows: readonly string[][]): boolean {
  if (rows[0]!.length !== 2) return false;
  return rows.every((cells) => LABEL_CELL.test(cells[0]!)) || rows.every((cells) => /[。;；]$/u.test(cells[1]!) && [...cells[1]!].length > 20);
}

/**
 * Marks the rows of tables found in plain-text lines: each row's text becomes
 * its cells joined by a tab, and `table` holds the cells. Lines that already
 * carry table information are left as they are; table numbers continue after
 * the highest one already used.
 */
export function markTextTables(lines: readonly SourceLine[]): SourceLine[] {
  const out = lines.map((line) => ({ ...line }));
  let tableCount = lines.reduce((max, line) => Math.max(max, line.table?.table ?? 0), 0);
  const splits = out.map((line) => (line.table || line.hint?.heading ? undefined : splitRow(line.text)));
  let i = 0;
  while (i < out.length) {
    const first = splits[i];
    if (!first) {
      i++;
      continue;
    }
    let end = i + 1;
    const rows = [first.cells];
    while (end < out.length) {
      const next = splits[end];
      if (!next || next.kind !== first.kind) break;
      const fitted = first.kind === 'space' ? fitTo(first, next) : undefined;
      if (fitted) {
        rows.push(fitted);
        end++;
        continue;
      }
      if (next.cells.length !== first.cells.length) break;
      if (first.kind === 'space' && !aligned(first, next)) break;
      rows.push(next.cells);
      end++;
    }
    if (end - i >= 2 && !(first.kind === 'space' && isNumberedProse(rows))) {
      tableCount++;
      for (let r = i; r < end; r++) {
        const cells = rows[r - i]!;
        out[r] = { ...out[r]!, text: cells.join('\t'), table: { table: tableCount, row: r - i, cells } };
      }
    }
    i = Math.max(end, i + 1);
  }
  return out;
}
