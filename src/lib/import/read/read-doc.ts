/**
 * Legacy Word documents (.doc, Word 97–2003, an OLE compound file) → lines.
 *
 * word-extractor reads the text stream without any native helper. What the
 * format keeps in the text survives: paragraphs, and table cells, which end
 * with a cell mark (read as a tab), so a table row arrives as one line of
 * tab-separated cells and is marked as a table row here. What Word draws
 * rather than stores is lost: automatic numbering (一、 1.) and heading styles,
 * so the structure stage infers structure as it does for plain text.
 */
import WordExtractor from 'word-extractor';
import type { VFile } from 'vfile';
import type { SourceLine } from '../model.ts';
import { markTextTables } from './text-tables.ts';

export const NOT_DOC_MESSAGE = '不是有效的旧版 Word 文档(.doc):文件可能已损坏或加了密码。请用 Word 或 WPS 打开后另存为 .docx 再导入';

/** Result of reading a .doc: lines, or a message for the user. */
export type DocResult = { lines: SourceLine[] } | { error: string };

/** Reads a .doc file's bytes. Never throws. */
export async function readDoc(bytes: Uint8Array, file?: VFile): Promise<DocResult> {
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = document.getBody();
  } catch {
    return { error: NOT_DOC_MESSAGE };
  }
  const lines = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text }));
  file?.info('旧版 Word 文档(.doc):自动编号和标题样式无法读出,结构按文字推断,请核对', { source: 'import:read', ruleId: 'doc-format' });
  return { lines: markTextTables(lines) };
}
