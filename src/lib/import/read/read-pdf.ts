/**
 * PDF files with a text layer → lines. unpdf (PDF.js built for servers) gives
 * the text items of each page with their positions; items are joined into
 * lines where PDF.js marks a line end, and a wide horizontal gap between two
 * items — wider than three characters of the text's size — becomes a tab, so
 * the columns of a table come out as tab-separated cells and are marked as
 * table rows. A PDF without any text (a scan) is refused with a clear message:
 * reading it needs OCR, which the importer does not do.
 */
import { getDocumentProxy } from 'unpdf';
import type { VFile } from 'vfile';
import type { SourceLine } from '../model.ts';
import { markTextTables } from './text-tables.ts';

export const NOT_PDF_MESSAGE = '不是有效的 PDF 文件:文件可能已损坏或加了密码。请用 PDF 阅读器打开后另存,或另存为 .docx 后再导入';
export const NO_TEXT_LAYER_MESSAGE = 'PDF 没有文字层(可能是扫描件):请用 OCR 软件识别文字后另存为 .docx 或 .txt 再导入';

/** Result of reading a PDF: lines, or a message for the user. */
export type PdfResult = { lines: SourceLine[] } | { error: string };

interface Item {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** Text items of one page → lines, wide gaps as tabs. */
function pageLines(items: readonly Item[]): string[] {
  const lines: string[] = [];
  let text = '';
  let end: number | undefined;
  let size = 10;
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    if (item.height > 0) size = item.height;
    if (item.str.trim()) {
      // A gap measured from the end of the text before (blank items only stretch it).
      if (end !== undefined && text && x - end > size * 3) text = `${text.trimEnd()}\t`;
      text += item.str;
      end = x + item.width;
    } else if (item.str && text && !/\s$/u.test(text)) {
      // A blank item is a word space (Latin text); the gap test above decides about columns.
      text += ' ';
    }
    if (item.hasEOL) {
      lines.push(text);
      text = '';
      end = undefined;
    }
  }
  if (text) lines.push(text);
  return lines;
}

/** A page number on its own: 3 / — 3 — / - 3 - / 第 3 页 / 第3页 共9页 / Page 3 of 9. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*[,,/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|page\s*\d+(?:\s*of\s*\d+)?)$/iu;

/**
 * Pages' lines without what the page layout adds: page numbers standing
 * alone as a page's first or last line, and running heads or feet (the same first or last line, digits
 * aside, on at least two pages and on most of them). Returns the lines left
 * and how many were taken out.
 */
export function dropPageChrome(pages: readonly string[][]): { lines: string[]; dropped: number } {
  const shape = (line: string) => line.trim().replace(/\d+/gu, '#');
  const edges = new Map<string, number>();
  for (const page of pages) {
    const texts = page.filter((line) => line.trim());
    for (const line of new Set([texts[0], texts.at(-1)].filter((l): l is string => l !== undefined))) edges.set(shape(line), (edges.get(shape(line)) ?? 0) + 1);
  }
  const repeated = (line: string) => pages.length >= 2 && (edges.get(shape(line)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  let dropped = 0;
  const lines = pages.flatMap((page) => {
    const texts = page.map((line, i) => ({ line, i })).filter(({ line }) => line.trim());
    const first = texts[0]?.i;
    const last = texts.at(-1)?.i;
    return page.filter((line, i) => {
      const edge = i === first || i === last;
      // Only at the top or bottom of a page: a number alone inside the text (a form's value) stays.
      if (edge && (PAGE_NUMBER.test(line.trim()) || repeated(line))) {
        dropped++;
        return false;
      }
      return true;
    });
  });
  return { lines, dropped };
}

/** Reads a PDF file's bytes. Never throws. */
export async function readPdf(bytes: Uint8Array, file?: VFile): Promise<PdfResult> {
  const pageTexts: string[][] = [];
  let pages = 0;
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = pdf.numPages;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pageTexts.push(pageLines(content.items as Item[]).map((line) => line.replace(/\s+$/u, '')));
    }
    await pdf.cleanup();
  } catch {
    return { error: NOT_PDF_MESSAGE };
  }
  if (pageTexts.every((page) => page.every((line) => !line.trim()))) return { error: NO_TEXT_LAYER_MESSAGE };
  const { lines: texts, dropped } = dropPageChrome(pageTexts);
  file?.info(`PDF 文件(${pages} 页):按文字层读取,标题和编号按文字推断,请核对`, { source: 'import:read', ruleId: 'pdf-format' });
  if (dropped > 0) file?.info(`已删除 PDF 的页码和页眉页脚 ${dropped} 行`, { source: 'import:read', ruleId: 'pdf-page-chrome' });
  return { lines: markTextTables(texts.map((text, i) => ({ line: i + 1, text }))) };
}
