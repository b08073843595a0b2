/**
 * Keeps tables out of the text-based structure stage and puts them back as
 * Markdown blocks. The structure stage rebuilds headings and lists from lines
 * of text — it joins hard-wrapped lines and splits items run together — which
 * would turn table rows into run-on text. So a document's table rows are set
 * aside, the rest is structured as before, and each table is put back where
 * it stood (before the first block that starts after it), mapped by
 * {@link tableBlocks}: label rows as fields, one-cell rows as headings, the
 * rest as tables (flagged when not understood).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Flag, RawDocument, SourceLine } from '../model.ts';
import { tableBlocks } from './tables.ts';

/** The structure stage's signature. */
export type Structure = (doc: RawDocument, file: VFile) => { root: Root; flags: Flag[] };

/** Runs `structure` on a document's text, then puts its tables back in place. */
export function structureWithTables(doc: RawDocument, file: VFile, structure: Structure): { root: Root; flags: Flag[] } {
  if (!doc.lines.some((line) => line.table)) return structure(doc, file);
  const text = doc.lines.filter((line) => !line.table);
  const structured = text.length > 0 ? structure({ ...doc, lines: text }, file) : { root: { type: 'root', children: [] } as Root, flags: [] as Flag[] };
  const { root } = structured;
  let flags = structured.flags;

  // Rows of one table, in order; a table interrupted by text is two tables.
  const groups: SourceLine[][] = [];
  let current: SourceLine[] | undefined;
  for (const line of doc.lines) {
    if (!line.table) {
      current = undefined;
      continue;
    }
    if (current && current[0]!.table!.table === line.table.table) current.push(line);
    else groups.push((current = [line]));
  }

  for (const group of groups) {
    const first = group[0]!.line;
    const at = root.children.findIndex((block) => (block.position?.start.line ?? 0) > first);
    const index = at < 0 ? root.children.length : at;
    const before = root.children.slice(0, index).reverse().find((block) => block.type === 'heading');
    const depth = before?.type === 'heading' ? before.depth + 1 : 2;
    const mapped = tableBlocks(
      group.map((line) => ({ cells: line.table!.cells, line: line.line })),
      { headingDepth: depth },
    );
    root.children.splice(index, 0, ...mapped.blocks);
    flags = [...flags, ...mapped.flags];
  }

  // "Cut off" was judged on the text alone: a document that goes on with a table is not cut off there.
  const lastRow = Math.max(...groups.map((group) => group.at(-1)!.line));
  const cutOff = new Set(file.messages.filter((m) => m.ruleId === 'cut-off' && (m.line ?? 0) < lastRow).map((m) => m.line));
  if (cutOff.size > 0) {
    flags = flags.filter((flag) => !(flag.line !== undefined && cutOff.has(flag.line) && /不完整|中断/u.test(flag.message)));
    file.messages = file.messages.filter((m) => !(m.ruleId === 'cut-off' && cutOff.has(m.line)));
  }
  return { root, flags };
}
