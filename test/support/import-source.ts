/** Builds importer inputs from strings, for stage tests. */
import { VFile } from 'vfile';
import type { RawDocument, SourceText } from '../../src/lib/import/model.ts';

/** A decoded source file whose lines are `text`'s lines, numbered from 1. */
export function sourceOf(text: string, path = 'fixture.txt'): SourceText {
  return {
    file: new VFile({ path, value: text }),
    encoding: 'UTF-8',
    lines: text.split('\n').map((line, i) => ({ line: i + 1, text: line })),
  };
}

/** A raw document made of `text`'s lines (numbered from `firstLine`). */
export function documentOf(text: string, options: { title?: string; firstLine?: number; lang?: RawDocument['lang'] } = {}): RawDocument {
  const first = options.firstLine ?? 1;
  const lines = text.split('\n').map((line, i) => ({ line: first + i, text: line }));
  return { source: 'fixture.txt', title: options.title ?? '', startLine: first, endLine: first + lines.length - 1, lines, lang: options.lang ?? 'zh-CN' };
}
