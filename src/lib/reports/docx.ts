/**
 * Word (.docx) export of a report, laid out after the official-document
 * convention GB/T 9704: A4 with the standard margins, 22 lines a page, title
 * centred, numbering levels in their customary fonts — 一、 黑体,(一) 楷体,
 * 1. 仿宋 bold, (1) and body text 仿宋 三号 —, signature and date at the
 * bottom right, page numbers “— 1 —” outside on odd and even pages.
 *
 * Runs in Node (export, build) and in the browser (the /new/ page).
 */
import {
  AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell,
  TableRow, TextRun, VerticalAlignTable, WidthType, type IRunOptions,
} from 'docx';
import { documentFromBody, reportDocument, type Block, type ReportDocument, type ReportMeta, type Run } from './document.ts';

const FONT = {
  title: '宋体',
  level1: '黑体',
  level2: '楷体',
  body: '仿宋',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};

/** Twips (1/20 pt) and half-points. */
const SIZE = { title: 44, body: 32, table: 24, hint: 24, pageNumber: 28 };
const LINE = 579; // 28.95 pt: 22 lines in the 225 mm text block
const CHAR = 320; // one body character (16 pt) in twips
const MM = 56.7; // twips per millimetre
const MARGIN = { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) };
const PAGE = { width: 11906, height: 16838 }; // A4
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 156 mm

const font = (eastAsia: string) => ({ ascii: FONT.latin, hAnsi: FONT.latin, eastAsia, cs: FONT.latin });
const exact = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

const CJK = /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef“”‘’]/;
const FULL_WIDTH: Record<string, string> = { ',': '\uff0c', ':': '\uff1a', ';': '\uff1b', '!': '\uff01', '?': '\uff1f' };

/**
 * Chinese text in full-width punctuation, as official documents are set:
 * ASCII `( ) , : ; ! ?` next to Chinese characters become （ ）， ： ； ！ ？,
 * while times and numbers (22:00, 1,000) and Latin text keep theirs.
 */
export function fullWidthPunctuation(text: string): string {
  const parens = text.replace(/\(([^()]*)\)/g, (match, inner: string, offset: number, whole: string) =>
    CJK.test(inner) || CJK.test(whole[offset - 1] ?? '') ? `\uff08${inner}\uff09` : match,
  );
  let out = '';
  for (let i = 0; i < parens.length; i++) {
    const ch = parens[i]!;
    const full = FULL_WIDTH[ch];
    const before = parens[i - 1] ?? '';
    const after = parens[i + 1] ?? '';
    const numeric = /\d/.test(before) && /\d/.test(after);
    out += full && !numeric && (CJK.test(before) || CJK.test(after)) ? full : ch;
  }
  return out;
}

/** Width of a line of text in body characters (CJK 1, Latin and digits ½). */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5;
  return width;
}

function textRuns(runs: Run[], base: IRunOptions): TextRun[] {
  return runs.flatMap((run) => {
    const parts = run.text.split('\n');
    return parts.map(
      (text, index) =>
        new TextRun({
          ...base,
          text: fullWidthPunctuation(text),
          break: index > 0 ? 1 : undefined,
          bold: run.bold || (base.bold as boolean | undefined) || undefined,
          italics: run.italic || undefined,
          ...(run.runIn ? { font: font(FONT.level2) } : {}),
          ...(run.fill ? { highlight: 'yellow' as const } : {}),
        }),
    );
  });
}

function heading(block: Extract<Block, { type: 'heading' }>): Paragraph {
  const eastAsia = block.level === 1 ? FONT.level1 : block.level === 2 ? FONT.level2 : FONT.body;
  return new Paragraph({
    spacing: exact,
    indent: { firstLine: 2 * CHAR },
    outlineLevel: block.level - 1,
    keepNext: true,
    children: [new TextRun({ text: fullWidthPunctuation(block.text), font: font(eastAsia), size: SIZE.body, bold: block.level === 3 ? true : undefined })],
  });
}

function paragraph(block: Extract<Block, { type: 'paragraph' }>, dateText: string, keepNext = false): Paragraph {
  const base: IRunOptions = { font: font(FONT.body), size: SIZE.body };
  if (block.role === 'date' || block.role === 'signature') {
    const text = block.runs.map((run) => run.text).join('');
    // The date stands four characters from the right edge; the signature is centred above it.
    const right = block.role === 'date' ? 4 : Math.max(0, 4 + (textWidth(dateText) - textWidth(text)) / 2);
    return new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { ...exact, before: block.role === 'signature' ? LINE : 0 },
      indent: { right: Math.round(right * CHAR) },
      keepNext: block.role === 'signature',
      children: textRuns(block.runs, base),
    });
  }
  const depth = block.depth ?? 0;
  const marker = block.marker ? [new TextRun({ ...base, text: block.marker.replace(/^\((\d+)\)$/, '\uff08$1\uff09') })] : [];
  return new Paragraph({
    spacing: exact,
    alignment: AlignmentType.JUSTIFIED,
    indent: block.role === 'salutation' ? undefined : { firstLine: 2 * CHAR, left: depth * 2 * CHAR },
    keepNext: keepNext || undefined,
    children: [...marker, ...textRuns(block.runs, base)],
  });
}

function table(block: Extract<Block, { type: 'table' }>): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const columns = Math.max(...block.rows.map((row) => row.length));
  // Short columns (周期, 权重) get what they need on one line; long ones share the rest by how much they hold.
  const TABLE_CHAR = (CHAR * SIZE.table) / SIZE.body;
  const natural = Array.from({ length: columns }, (_, column) =>
    Math.max(2, ...block.rows.map((row) => textWidth((row[column] ?? []).map((run) => run.text).join('')))) * TABLE_CHAR + 200,
  );
  const short = natural.map((width) => width <= 6 * TABLE_CHAR + 200);
  const fixed = natural.reduce((sum, width, i) => sum + (short[i] ? width : 0), 0);
  const longWeights = natural.map((width, i) => (short[i] ? 0 : Math.min(width, 18 * TABLE_CHAR)));
  const longTotal = longWeights.reduce((sum, width) => sum + width, 0);
  const scale = longTotal === 0 || fixed >= TEXT_WIDTH ? TEXT_WIDTH / natural.reduce((a, b) => a + b, 0) : 1;
  const columnWidths = natural.map((width, i) =>
    Math.floor(longTotal === 0 || fixed >= TEXT_WIDTH ? width * scale : short[i] ? width : ((TEXT_WIDTH - fixed) * longWeights[i]!) / longTotal),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: block.rows.map(
      (row, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          cantSplit: true,
          children: Array.from({ length: columns }, (_, column) =>
            new TableCell({
              width: { size: columnWidths[column]!, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
              children: [
                new Paragraph({
                  alignment: rowIndex === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                  spacing: { line: 300, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
                  children: textRuns(row[column] ?? [], { font: font(rowIndex === 0 ? FONT.level1 : FONT.body), size: SIZE.table }),
                }),
              ],
            }),
          ),
        }),
    ),
  });
}

function hint(block: Extract<Block, { type: 'hint' }>): Paragraph {
  return new Paragraph({
    spacing: { line: 320, lineRule: LineRuleType.AUTO, before: 60, after: 60 },
    indent: { firstLine: 2 * CHAR },
    shading: { type: 'clear', fill: 'F2F2F2', color: 'auto' },
    children: [new TextRun({ text: fullWidthPunctuation(`【写作提示】${block.text}`), font: font(FONT.level2), size: SIZE.hint, color: '6B6B6B' })],
  });
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONT.pageNumber), size: SIZE.pageNumber })],
      }),
    ],
  });
}

/** The Word document of a report read by {@link reportDocument}. */
export function wordDocument(doc: ReportDocument): Document {
  const dateBlock = doc.blocks.find((b) => b.type === 'paragraph' && b.role === 'date');
  const dateText = dateBlock?.type === 'paragraph' ? dateBlock.runs.map((r) => r.text).join('') : '';
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: LINE },
      children: [new TextRun({ text: fullWidthPunctuation(doc.title), font: font(FONT.title), size: SIZE.title, bold: true })],
    }),
  ];
  // The signature never stands alone on a page: the paragraph before it stays with it.
  const content = doc.blocks.filter((b) => b.type !== 'hint');
  const signatureAt = content.findIndex((b) => b.type === 'paragraph' && (b.role === 'signature' || b.role === 'date'));
  const keepWithSignature = signatureAt > 0 ? content[signatureAt - 1] : undefined;
  for (const block of doc.blocks) {
    if (block.type === 'heading') children.push(heading(block));
    else if (block.type === 'paragraph') children.push(paragraph(block, dateText, block === keepWithSignature));
    else if (block.type === 'hint') children.push(hint(block));
    else {
      children.push(table(block));
      // Word needs a paragraph between two tables, and one after a table reads better.
      children.push(new Paragraph({ spacing: { line: 200, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] }));
    }
  }
  const language = doc.lang === 'zh-HK' || doc.lang === 'zh-TW' ? doc.lang : 'zh-CN';
  return new Document({
    title: doc.title,
    creator: doc.author ?? '',
    // docProps/custom.xml: marks the file as this handbook's export, so `npm run import` can map an edited copy back.
    customProperties: exportMarker(doc),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: font(FONT.body), size: SIZE.body, language: { value: 'en-US', eastAsia: language } },
          paragraph: { spacing: exact },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: { ...MARGIN, header: Math.round(15 * MM), footer: Math.round(22 * MM) },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
}

/** Names of the custom document properties an exported report carries. */
export const EXPORT_PROPERTY = { marker: 'OpsHandbookReport', id: 'OpsHandbookReportId', kind: 'OpsHandbookReportKind', frontmatter: 'OpsHandbookFrontmatter' } as const;

/** Custom properties that mark a report's Word file as exported from the handbook (id, kind, frontmatter as JSON). */
function exportMarker(doc: ReportDocument): Array<{ name: string; value: string }> {
  const kind = typeof doc.frontmatter?.kind === 'string' ? doc.frontmatter.kind : '';
  return [
    { name: EXPORT_PROPERTY.marker, value: '1' },
    ...(doc.id ? [{ name: EXPORT_PROPERTY.id, value: doc.id }] : []),
    ...(kind ? [{ name: EXPORT_PROPERTY.kind, value: kind }] : []),
    ...(doc.frontmatter ? [{ name: EXPORT_PROPERTY.frontmatter, value: JSON.stringify(doc.frontmatter) }] : []),
  ];
}

/** The bytes of a Word document. */
export async function docxBytes(doc: ReportDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(wordDocument(doc)));
}

/**
 * A report file (frontmatter and MDX) as .docx bytes. `hints` includes or
 * leaves out the writing hints; unset, the report's status decides
 * (`hintsByDefault`: a draft keeps them).
 */
export function reportToDocx(source: string, options: { hints?: boolean | undefined; id?: string | undefined } = {}): Promise<Uint8Array> {
  return docxBytes(reportDocument(source, options));
}

/** A report body with its title, author and script as .docx bytes. */
export function bodyToDocx(body: string, meta: ReportMeta, options: { hints?: boolean | undefined } = {}): Promise<Uint8Array> {
  return docxBytes(documentFromBody(body, meta, options));
}

/** MIME type of .docx files. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
