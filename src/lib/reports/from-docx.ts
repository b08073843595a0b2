/**
 * A report's own Word export, edited by a manager, read back into the
 * report's MDX. The exporter (`docx.ts`) marks the file with custom document
 * properties (docProps/custom.xml): the report id and its frontmatter as JSON.
 * The body is rebuilt from word/document.xml by the layout the exporter wrote:
 *
 * - the centred first paragraph is the title;
 * - paragraphs with an outline level are headings (一、 level 1 → `##` …);
 * - paragraphs starting with a list marker run (1. (1) ① •) are list items,
 *   nested by their left indent;
 * - tables are GFM tables, the first row the header;
 * - 【待填写:…】 (the exporter's placeholder text, highlighted or not) is a
 *   `<Fill hint="…" />` again, unless the manager wrote over it;
 * - grey 【写作提示】 paragraphs are writing hints `{/* 提示:… *\/}`;
 * - a date 2026年11月28日 as the last paragraph sets the frontmatter `date`.
 *
 * Full-width punctuation the exporter set is turned back into the ASCII the
 * handbook's files use, so an unchanged export reads back as the same text.
 */
import { unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';
import { EXPORT_PROPERTY } from './docx.ts';
import { FILL_WORD, fillTag, hintComment } from './placeholders.ts';
import { defuseEsm } from '../text/mdx-escape.ts';

/** What the custom properties of an exported report say. */
export interface ExportMarker {
  id?: string | undefined;
  kind?: string | undefined;
  frontmatter?: Record<string, unknown> | undefined;
}

/** A report read back from its Word export. */
export interface ReportFromDocx {
  marker: ExportMarker;
  title: string;
  /** ISO date of the closing date line, if there is one. */
  date?: string | undefined;
  /** MDX body (no frontmatter). */
  body: string;
}

interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  fill?: boolean;
}

type Item =
  | { type: 'p'; runs: Run[]; outline?: number; center: boolean; shaded: boolean; indent: number }
  | { type: 'table'; rows: Run[][][] };

function walk(xml: string, open: (name: string, a: Record<string, string>) => void, close: (name: string) => void, text: (t: string) => void): void {
  const parser = new Parser({ onopentag: open, onclosetag: close, ontext: text }, { xmlMode: true, decodeEntities: true });
  parser.write(xml);
  parser.end();
}

/** The export marker in docProps/custom.xml, or undefined when the file is not the handbook's export. */
export function readExportMarker(customXml: string | undefined): ExportMarker | undefined {
  if (!customXml) return undefined;
  const values = new Map<string, string>();
  let name: string | undefined;
  let value = '';
  walk(
    customXml,
    (tag, a) => {
      if (tag === 'property') {
        name = a.name;
        value = '';
      }
    },
    (tag) => {
      if (tag === 'property' && name) values.set(name, value);
      if (tag === 'property') name = undefined;
    },
    (t) => {
      if (name) value += t;
    },
  );
  if (!values.has(EXPORT_PROPERTY.marker)) return undefined;
  let frontmatter: Record<string, unknown> | undefined;
  try {
    const parsed = JSON.parse(values.get(EXPORT_PROPERTY.frontmatter) ?? 'null') as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) frontmatter = parsed as Record<string, unknown>;
  } catch {
    frontmatter = undefined;
  }
  return { id: values.get(EXPORT_PROPERTY.id) || undefined, kind: values.get(EXPORT_PROPERTY.kind) || undefined, frontmatter };
}

/** Paragraphs and tables of word/document.xml in order, with what the exporter's layout says about them. */
function readItems(xml: string): Item[] {
  const items: Item[] = [];
  let paragraph: Extract<Item, { type: 'p' }> | undefined;
  let table: Extract<Item, { type: 'table' }> | undefined;
  let tableDepth = 0;
  let cell: Run[] | undefined;
  let run: Omit<Run, 'text'> | undefined;
  let inParagraphProps = false;
  let inRunProps = false;
  let inText = false;
  walk(
    xml,
    (name, a) => {
      switch (name) {
        case 'w:tbl':
          tableDepth++;
          if (tableDepth === 1) table = { type: 'table', rows: [] };
          break;
        case 'w:tr':
          if (tableDepth === 1) table?.rows.push([]);
          break;
        case 'w:tc':
          if (tableDepth === 1 && table) {
            cell = [];
            table.rows.at(-1)?.push(cell);
          }
          break;
        case 'w:p':
          if (!cell) paragraph = { type: 'p', runs: [], center: false, shaded: false, indent: 0 };
          else if (cell.length > 0) cell.push({ text: '\n' });
          break;
        case 'w:pPr':
          inParagraphProps = true;
          break;
        case 'w:outlineLvl':
          if (paragraph && inParagraphProps) paragraph.outline = Number(a['w:val'] ?? 0);
          break;
        case 'w:jc':
          if (paragraph && inParagraphProps) paragraph.center = a['w:val'] === 'center';
          break;
        case 'w:shd':
          if (paragraph && inParagraphProps && !inRunProps) paragraph.shaded = /^F2F2F2$/i.test(a['w:fill'] ?? '');
          break;
        case 'w:ind':
          if (paragraph && inParagraphProps) paragraph.indent = Number(a['w:left'] ?? a['w:start'] ?? 0) || 0;
          break;
        case 'w:r':
          run = {};
          break;
        case 'w:rPr':
          inRunProps = true;
          break;
        case 'w:highlight':
          if (run && inRunProps && !inParagraphProps) run.fill = a['w:val'] === 'yellow';
          break;
        case 'w:b':
          if (run && inRunProps && !inParagraphProps) run.bold = a['w:val'] !== 'false' && a['w:val'] !== '0';
          break;
        case 'w:i':
          if (run && inRunProps && !inParagraphProps) run.italic = a['w:val'] !== 'false' && a['w:val'] !== '0';
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:br':
          (cell ?? paragraph?.runs)?.push({ text: '\n' });
          break;
        case 'w:tab':
          if (run) (cell ?? paragraph?.runs)?.push({ text: ' ' });
          break;
      }
    },
    (name) => {
      switch (name) {
        case 'w:pPr':
          inParagraphProps = false;
          break;
        case 'w:rPr':
          inRunProps = false;
          break;
        case 'w:t':
          inText = false;
          break;
        case 'w:r':
          run = undefined;
          break;
        case 'w:p':
          if (!cell && paragraph) {
            items.push(paragraph);
            paragraph = undefined;
          }
          break;
        case 'w:tc':
          if (tableDepth === 1) cell = undefined;
          break;
        case 'w:tbl':
          if (tableDepth === 1 && table) {
            items.push(table);
            table = undefined;
          }
          tableDepth--;
          break;
      }
    },
    (t) => {
      if (!inText || !run) return;
      (cell ?? paragraph?.runs)?.push({ ...run, text: t });
    },
  );
  return items;
}

/** ASCII for the full-width punctuation the exporter set (the handbook's files are written with ASCII). */
export function asciiPunctuation(text: string): string {
  return text.replace(/[（）：，；！？]/gu, (ch) => ({ '（': '(', '）': ')', '：': ':', '，': ',', '；': ';', '！': '!', '？': '?' })[ch]!);
}

/** 【待填写:目标值】 as the exporter writes a placeholder (either colon). */
const FILL_TEXT = new RegExp(`【${FILL_WORD}(?:[:：]([^】]*))?】`, 'gu');

/** Text for MDX: placeholders back to <Fill />, the characters MDX reads as code escaped. */
function mdxText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(FILL_TEXT)) {
    out += escape(text.slice(last, match.index));
    out += fillTag(asciiPunctuation(match[1] ?? ''));
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}

function escape(text: string): string {
  // Text typed in Word is data: an `export …` paragraph must not become code in the MDX.
  return defuseEsm(asciiPunctuation(text).replace(/([{}<>*_\\[\]`])/gu, '\\$1'));
}

/** Runs → MDX inline text (bold and italic kept). */
function inline(runs: readonly Run[]): string {
  // Adjacent runs of one look are one piece: Word splits runs at will.
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic)) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged
    .map((run) => {
      const text = mdxText(run.text);
      if (!text.trim()) return text;
      return run.bold ? `**${text}**` : run.italic ? `*${text}*` : text;
    })
    .join('')
    .replace(/\n/gu, '<br />');
}

const plain = (runs: readonly Run[]) => runs.map((run) => run.text).join('');

/** Runs without their first `length` characters. */
function cutPrefix(runs: readonly Run[], length: number): Run[] {
  let left = length;
  const out: Run[] = [];
  for (const run of runs) {
    if (left >= run.text.length) {
      left -= run.text.length;
      continue;
    }
    out.push({ ...run, text: run.text.slice(left) });
    left = 0;
  }
  return out;
}

/** A list marker run as the exporter writes it (1. / (1) / （1） / ① / •), with its number. */
function listMarker(text: string): { ordered: boolean; n: number } | undefined {
  const t = text.trim();
  if (t === '•') return { ordered: false, n: 0 };
  const decimal = /^(\d+)\.$/u.exec(t) ?? /^[(（](\d+)[)）]$/u.exec(t) ?? /^(\d+)\)$/u.exec(t);
  if (decimal) return { ordered: true, n: Number(decimal[1]) };
  const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.indexOf(t);
  return circled >= 0 && t.length === 1 ? { ordered: true, n: circled + 1 } : undefined;
}

/** One list-item's indent step in the export: two body characters (2 × 320 twips). */
const LIST_INDENT = 640;

function tableMdx(rows: Run[][][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const cell = (runs: Run[] | undefined) => inline(runs ?? []).replace(/\|/gu, '\\|').replace(/<br \/>/gu, ' ').trim();
  const line = (row: Run[][]) => `| ${Array.from({ length: width }, (_, i) => cell(row[i])).join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;

/**
 * Reads an exported report's Word file. Undefined when the file does not
 * carry the export marker (it is some other Word document); throws only for
 * bytes that are not a zip (callers check the zip first).
 */
export function reportFromDocx(bytes: Uint8Array): ReportFromDocx | undefined {
  const parts = unzipSync(bytes, { filter: (entry) => entry.name === 'docProps/custom.xml' || entry.name === 'word/document.xml' });
  const decoder = new TextDecoder();
  const marker = readExportMarker(parts['docProps/custom.xml'] && decoder.decode(parts['docProps/custom.xml']));
  if (!marker || !parts['word/document.xml']) return undefined;
  const items = readItems(decoder.decode(parts['word/document.xml']));

  let title = '';
  const first = items.find((item) => item.type === 'table' || plain(item.runs).trim());
  if (first?.type === 'p' && first.center && first.outline === undefined) {
    title = asciiPunctuation(plain(first.runs).trim());
    items.splice(items.indexOf(first), 1);
  }

  const blocks: string[] = [];
  // Open lists: the indent of each level and the width of its marker, to nest items as Markdown needs.
  let list: Array<{ indent: number; width: number; n: number }> = [];
  let previousWasItem = false;
  let date: string | undefined;
  const content = items.filter((item) => item.type === 'table' || plain(item.runs).trim());
  content.forEach((item, index) => {
    if (item.type === 'table') {
      previousWasItem = false;
      list = [];
      if (item.rows.length > 0) blocks.push(tableMdx(item.rows));
      return;
    }
    const text = plain(item.runs).trim();
    if (item.shaded && /^【写作提示】/u.test(text)) {
      previousWasItem = false;
      list = [];
      blocks.push(hintComment(asciiPunctuation(text.replace(/^【写作提示】/u, ''))));
      return;
    }
    if (item.outline !== undefined && item.outline >= 0 && item.outline <= 4) {
      previousWasItem = false;
      list = [];
      blocks.push(`${'#'.repeat(Math.min(6, item.outline + 2))} ${inline(item.runs).trim()}`);
      return;
    }
    const depth = Math.max(0, Math.round(item.indent / LIST_INDENT));
    let marker = item.runs[0] ? listMarker(item.runs[0].text) : undefined;
    let runs = item.runs.slice(1);
    if (!marker) {
      // Word or LibreOffice may merge the marker run into the text (1.12月20日前…): take a marker that
      // continues the open list (or starts one at 1), so a sentence that starts with a number stays text.
      const lead = /^(\d{1,2}\.|[(（]\d{1,2}[)）]|[①-⑳]|•)\s*/u.exec(text);
      const candidate = lead ? listMarker(lead[1]!) : undefined;
      const expected = (list[depth]?.n ?? 0) + 1;
      if (candidate && (!candidate.ordered || candidate.n === expected)) {
        marker = candidate;
        runs = cutPrefix(item.runs, lead![0].length + (plain(item.runs).length - plain(item.runs).trimStart().length));
      }
    }
    if (marker) {
      list = list.slice(0, depth + 1);
      if (list.length < depth) list.length = depth;
      const prefix = list.slice(0, depth).reduce((n, level) => n + (level?.width ?? 3), 0);
      const bullet = marker.ordered ? `${marker.n}. ` : '- ';
      list[depth] = { indent: item.indent, width: bullet.length, n: marker.n };
      const line = `${' '.repeat(prefix)}${bullet}${inline(runs).trim()}`;
      // Items of one list follow each other without a blank line.
      if (previousWasItem && blocks.length > 0) blocks[blocks.length - 1] += `\n${line}`;
      else blocks.push(line);
      previousWasItem = true;
      return;
    }
    previousWasItem = false;
    list = [];
    const iso = CHINESE_DATE.exec(text);
    if (iso && index === content.length - 1) date = `${iso[1]}-${iso[2]!.padStart(2, '0')}-${iso[3]!.padStart(2, '0')}`;
    blocks.push(inline(item.runs).trim());
  });
  return { marker, title, date, body: `${blocks.join('\n\n')}\n` };
}
