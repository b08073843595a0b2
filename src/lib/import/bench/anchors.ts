/**
 * Gold labels for Word, PDF and other binary files cannot name lines the way
 * a text file's labels do: what counts as a "line" there is whatever the
 * reader makes of paragraphs, table rows and pages. Such labels carry an
 * `anchor` (the text of the document's first line as a reader sees it), and
 * the benchmark places each document at the line of the importer's own
 * reading that holds that text. Text and HTML labels keep their line numbers.
 */
import { extname, join } from 'node:path';
import type { Gold, GoldDocument } from './gold.ts';

/** Formats whose lines are the reader's blocks rather than the file's lines. */
export const ANCHORED_EXTENSIONS = new Set(['.docx', '.doc', '.pdf']);

/** A reading of a source file: its lines with their numbers, or nothing when it cannot be read. */
export type ReadLines = (path: string) => Promise<{ line: number; text: string }[] | undefined>;

/** Whitespace, punctuation width and case do not decide whether a line holds an anchor. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * Returns the gold file with the `start`/`end` of anchored documents in
 * binary files replaced by lines of `read`'s reading: `start` is the first
 * line after the previous document's start that contains the anchor, `end`
 * the line before the next document's start (or the last line). A document
 * whose anchor is not found keeps its labelled lines and is reported.
 */
export async function resolveAnchors(gold: Gold, folder: string, read: ReadLines): Promise<{ gold: Gold; unresolved: string[] }> {
  const unresolved: string[] = [];
  const files: Gold['files'] = {};
  for (const [key, labels] of Object.entries(gold.files)) {
    const anchored = ANCHORED_EXTENSIONS.has(extname(key).toLowerCase()) && labels.documents.some((d) => d.anchor);
    const lines = anchored ? await read(join(folder, key)) : undefined;
    if (!anchored || !lines || lines.length === 0) {
      if (anchored) unresolved.push(`${key}: 读不出文字 could not be read, line labels kept`);
      files[key] = labels;
      continue;
    }
    const starts: number[] = [];
    let from = 0;
    for (const document of labels.documents) {
      const anchor = document.anchor ? squash(document.anchor) : '';
      const index = anchor ? lines.findIndex((l, i) => i >= from && squash(l.text).includes(anchor)) : -1;
      if (index < 0) {
        unresolved.push(`${key}: 找不到 anchor not found “${document.anchor ?? document.title}”`);
        starts.push(-1);
        continue;
      }
      starts.push(lines[index]!.line);
      from = index + 1;
    }
    const documents: GoldDocument[] = labels.documents.map((document, i) => {
      const start = starts[i]!;
      if (start < 0) return document;
      const next = starts.slice(i + 1).find((s) => s > 0);
      const end = next !== undefined ? Math.max(start, next - 1) : lines[lines.length - 1]!.line;
      return { ...document, start, end };
    });
    files[key] = { documents };
  }
  return { gold: { ...gold, files }, unresolved };
}
