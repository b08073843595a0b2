/**
 * What a table in a source document is, read from its structure — the header
 * row's column names and the shape of its rows — never from its content:
 *
 * - KPI metrics: a 指标/考核指标/KPI column with a 权重/比重 column, or a
 *   standard or target column (标准/评分标准/目标);
 * - steps: a 事项/工作内容/内容 column with a 时间/时段 column and/or an
 *   执行人/负责人/责任人 column;
 * - duties: a 职责/工作内容 column with a 时间/频次 or 标准 column (no actor);
 * - label rows: two or four cells a row, alternating a short label
 *   (所属部门, 直属上级, 岗位名称 …) and its value;
 * - a row with one cell across the table: a section name inside a form.
 *
 * {@link tableBlocks} turns a table's rows into Markdown blocks: label rows
 * become `label:value` lines (read by the extractors like any form field),
 * one-cell rows headings or paragraphs, and the rest tables. A table not
 * understood is kept as it is (a GFM table in the body) and flagged.
 * {@link stepRows} and {@link kpiTableSection} let the extractors read the
 * tables they own.
 */
import type { Heading, Paragraph, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { Flag } from '../model.ts';
import { clockTimesIn, actorNames } from './fields.ts';
import { cleanItem, fold } from './text.ts';
import { tablesOf, type Section } from './tree.ts';

/** What a table (or a run of its rows under one header) holds. */
export type TableKind = 'kpi' | 'steps' | 'duties' | 'unknown';

/** The flag on a table kept as it was. */
export const UNKNOWN_TABLE_MESSAGE = '表格未能识别,已原样保留';

const KPI_NAME = /指标|KPI|考核项目|考核内容|绩效项目/iu;
const WEIGHT = /权重|比重|分值|占比/u;
const STANDARD = /标准|目标|评分|计分|考核要求|计算方法/u;
const STEP_CONTENT = /事项|工作内容|内容|步骤|工作事项|操作|任务|流程/u;
const TIME = /时间|时段|时点|时限|节点|日期|频次|频率|周期/u;
const ACTOR = /执行人|负责人|责任人|责任部门|负责部门|执行部门|执行岗位|负责岗位|责任岗位|实施人|经办人|承办/u;
const DUTY = /职责|工作内容|职能|任务/u;

/** Words that name the fields of a form (所属部门, 直属上级, 岗位名称, 编制人数 …). */
const FORM_LABEL = /名称|部门|上级|下级|编制|编号|等级|级别|职级|日期|定员|人数|岗位|职位|职务|姓名|地点|版本|发文|审批|审核|批准|制定|对象|范围|汇报|单位|期间|周期/u;

/** Folded header cells, with what each column is. */
function columns(header: readonly string[]) {
  const cells = header.map((cell) => fold(cell).replace(/\s+/gu, ''));
  const find = (pattern: RegExp, except: number[] = []) => cells.findIndex((cell, i) => !except.includes(i) && cell !== '' && pattern.test(cell));
  return { cells, find };
}

/** The kind of table a header row starts. */
export function headerKind(header: readonly string[]): TableKind {
  const { find } = columns(header);
  const actor = find(ACTOR);
  const time = find(TIME, [actor]);
  const kpi = find(KPI_NAME);
  const weight = find(WEIGHT);
  if (kpi >= 0 && (weight >= 0 || find(STANDARD, [kpi]) >= 0)) return 'kpi';
  const content = find(STEP_CONTENT, [actor, time]);
  if (content >= 0 && (actor >= 0 || (time >= 0 && !DUTY.test(fold(header[content]!))))) return actor >= 0 || time >= 0 ? 'steps' : 'unknown';
  const duty = find(DUTY);
  if (duty >= 0 && (time >= 0 || find(STANDARD, [duty]) >= 0)) return 'duties';
  // A name column and a weight column (项目 | 分值) weigh metrics too.
  if (weight >= 0 && find(/项目|名称|内容/u, [weight]) >= 0) return 'kpi';
  return 'unknown';
}

/** A short cell that reads as a form label (所属部门, 直接上级:). */
function isLabel(cell: string): boolean {
  const key = fold(cell).replace(/[\s:]+$/u, '');
  return key.length >= 2 && key.length <= 8 && !/[,。;、()\d]/u.test(key) && /^[\u4e00-\u9fffA-Za-z]+$/u.test(key);
}

/**
 * The `label:value` pairs of a row that alternates labels and values (two or
 * four cells, or six), or undefined. At least one label must be a form word,
 * so a two-column table of other things is not taken for a form.
 */
export function labelPairs(cells: readonly string[]): Array<{ label: string; value: string }> | undefined {
  const trimmed = [...cells];
  while (trimmed.length > 0 && trimmed.at(-1) === '') trimmed.pop();
  if (trimmed.length === 3 && isLabel(trimmed[0]!) && isLabel(trimmed[2]!)) trimmed.push('');
  if (trimmed.length < 2 || trimmed.length % 2 !== 0 || trimmed.length > 6) return undefined;
  const pairs: Array<{ label: string; value: string }> = [];
  for (let i = 0; i < trimmed.length; i += 2) {
    const label = trimmed[i]!;
    if (!isLabel(label)) return undefined;
    pairs.push({ label: label.replace(/[\s:：]+$/u, ''), value: trimmed[i + 1]! });
  }
  // Values that are themselves column names (岗位名称 | 所属部门 | 上级 | 下级) make a header, not a form.
  if (pairs.every((pair) => isLabel(pair.value) && FORM_LABEL.test(fold(pair.value)))) return undefined;
  return pairs.some((pair) => FORM_LABEL.test(fold(pair.label))) ? pairs : undefined;
}

/** The one text of a row whose cells are empty or repeat one value (a cell merged across the table). */
function singleCell(cells: readonly string[]): string | undefined {
  const values = [...new Set(cells.map((cell) => cell.trim()).filter(Boolean))];
  return values.length === 1 && cells.length > 1 ? values[0] : undefined;
}

/** One row of a source table. */
export interface SourceRow {
  cells: string[];
  line: number;
}

const position = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 1 } });

function tableNode(rows: readonly SourceRow[]): Table {
  const width = Math.max(...rows.map((row) => row.cells.length));
  const children: TableRow[] = rows.map((row) => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, i): TableCell => {
      const text = (row.cells[i] ?? '').trim();
      return { type: 'tableCell', children: text ? [{ type: 'text', value: text }] : [] };
    }),
    position: position(row.line),
  }));
  return { type: 'table', align: Array.from({ length: width }, () => null), children, position: { start: position(rows[0]!.line).start, end: position(rows.at(-1)!.line).end } };
}

/** Options of {@link tableBlocks}. */
export interface TableBlockOptions {
  /** Depth of headings made from one-cell rows (one below the section the table sits in). */
  headingDepth: number;
}

/**
 * A table's rows → Markdown blocks: label rows as `label:value` lines, rows
 * with one cell across the table as headings (short) or paragraphs, and runs
 * of other rows as tables, each run's first row its header. A run whose header
 * is not understood stays a table and is flagged; a header row is never read
 * as a field or a title.
 */
export function tableBlocks(rows: readonly SourceRow[], options: TableBlockOptions): { blocks: RootContent[]; flags: Flag[]; kinds: TableKind[] } {
  const blocks: RootContent[] = [];
  const flags: Flag[] = [];
  const kinds: TableKind[] = [];
  let run: SourceRow[] = [];
  let labels: SourceRow[] = [];
  let runKind: TableKind | undefined;

  const closeLabels = () => {
    if (labels.length === 0) return;
    const text = labels.flatMap((row) => labelPairs(row.cells)!.map((pair) => `${pair.label}:${pair.value}`)).join('\n');
    const paragraph: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text }], position: { start: position(labels[0]!.line).start, end: position(labels.at(-1)!.line).end } };
    blocks.push(paragraph);
    labels = [];
  };
  const closeRun = () => {
    if (run.length === 0) return;
    const kind = runKind ?? 'unknown';
    // A lone unknown row is a line of text that happens to sit in a table.
    if (kind === 'unknown' && run.length === 1) {
      blocks.push({ type: 'paragraph', children: [{ type: 'text', value: run[0]!.cells.filter(Boolean).join(' ') }], position: position(run[0]!.line) });
    } else {
      blocks.push(tableNode(run));
      kinds.push(kind);
      if (kind === 'unknown') flags.push({ line: run[0]!.line, message: UNKNOWN_TABLE_MESSAGE });
    }
    run = [];
    runKind = undefined;
  };

  for (const [index, row] of rows.entries()) {
    const single = singleCell(row.cells);
    if (single !== undefined || row.cells.length === 1) {
      closeRun();
      closeLabels();
      const text = single ?? row.cells[0]!.trim();
      const key = fold(text);
      if (key.length <= 16 && !/[,。;]/u.test(key)) {
        const heading: Heading = { type: 'heading', depth: Math.min(6, Math.max(2, options.headingDepth)) as Heading['depth'], data: { label: '' } as Heading['data'], children: [{ type: 'text', value: text.replace(/[::]$/u, '') }], position: position(row.line) };
        blocks.push(heading);
      } else {
        blocks.push({ type: 'paragraph', children: [{ type: 'text', value: text }], position: position(row.line) });
      }
      continue;
    }
    const header = headerKind(row.cells);
    // Inside a run of a known kind, rows are data; a new header starts a new run.
    if (run.length > 0 && runKind !== 'unknown' && header === 'unknown' && !labelPairs(row.cells)) {
      run.push(row);
      continue;
    }
    if (header !== 'unknown') {
      closeRun();
      closeLabels();
      run = [row];
      runKind = header;
      continue;
    }
    // Short words over rows of the same width that are not a form: a header (姓名 | 部门 | 岗位 | 电话).
    const next = rows[index + 1];
    const isHeader = run.length === 0 && next !== undefined && next.cells.length === row.cells.length && !labelPairs(next.cells) && singleCell(next.cells) === undefined;
    if (labelPairs(row.cells) && !isHeader) {
      closeRun();
      labels.push(row);
      continue;
    }
    closeLabels();
    if (run.length === 0) runKind = 'unknown';
    run.push(row);
  }
  closeRun();
  closeLabels();
  return { blocks, flags, kinds };
}

/** A step read from a row of a steps table. */
export interface StepRow {
  /** The row's time and content as one text (`21:50 播放闭店预告广播`), for the step reader. */
  text: string;
  /** A time that is not a clock time (撤场前一周, 次日), kept as the step's deadline. */
  deadline?: string;
  /** Names in the actor column (执行人/负责人), empty when the column is absent or blank. */
  actors: string[];
  line?: number;
}

/** The steps of a steps table (rows after the header), or undefined for any other table. */
export function stepRows(rows: readonly string[][], node?: Table): StepRow[] | undefined {
  const header = rows[0];
  if (!header || headerKind(header) !== 'steps') return undefined;
  const { find } = columns(header);
  const actor = find(ACTOR);
  const time = find(TIME, [actor]);
  const content = find(STEP_CONTENT, [actor, time]);
  return rows.slice(1).flatMap((row, i) => {
    const action = cleanItem(row[content] ?? '');
    if (!action) return [];
    const timeCell = time >= 0 ? cleanItem(row[time] ?? '') : '';
    const clock = timeCell && clockTimesIn(timeCell).length > 0;
    const names = actor >= 0 ? actorNames(row[actor] ?? '') : [];
    const line = node?.children[i + 1]?.position?.start.line;
    return [{ text: clock ? `${timeCell} ${action}` : action, ...(timeCell && !clock ? { deadline: timeCell } : {}), actors: names, ...(line !== undefined ? { line } : {}) }];
  });
}

/**
 * A KPI table that sits outside any KPI section, as a section of its own
 * (no heading, the table its only content), for extractors that read KPIs
 * from a section. Undefined when there is none.
 */
export function kpiTableSection(sections: readonly Section[]): Section | undefined {
  for (const section of sections) {
    const table = tablesOf(section.content).find((t) => t.rows[0] && headerKind(t.rows[0]) === 'kpi');
    if (table) return { name: '', key: '', label: '', depth: 6, line: table.line, content: [table.node], children: [] };
  }
  return undefined;
}
