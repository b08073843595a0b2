/**
 * Debugging aid for the importer: prints how a UTF-8 text file is split into
 * documents and the heading/list outline the structure stage rebuilds for
 * each, with its flags. Usage:
 *   node scripts/dev/import-outline.ts <file.txt> [first digits of a start line]
 */
import { VFile } from 'vfile';
import fs from 'node:fs';
import type { RootContent } from 'mdast';
import { cleanSource } from '../../src/lib/import/clean/clean-lines.ts';
import { splitDocuments } from '../../src/lib/import/split/split-documents.ts';
import { structureDocument } from '../../src/lib/import/structure/structure-document.ts';
const [path, which] = process.argv.slice(2);
const text = fs.readFileSync(path!, 'utf8');
const file = new VFile({ path, value: text });
const lines = text.split(/\r?\n/).map((t, i) => ({ line: i + 1, text: t }));
const { source } = cleanSource({ file, encoding: 'UTF-8', lines });
const { documents } = splitDocuments(source, path!);
const show = (node: RootContent, indent: string): string => {
  const t = (n: any): string => n.value ?? (n.children ?? []).map(t).join('');
  if (node.type === 'heading') return `${'#'.repeat(node.depth)} [${(node.data as any)?.label}] ${t(node).slice(0, 50)}`;
  if (node.type === 'list') return node.children.map((item) => `${indent}- [${(item.data as any)?.label}] ` + item.children.map((c, i) => (i === 0 ? t(c).slice(0, 50) : '\n' + show(c as RootContent, indent + '  '))).join('')).join('\n');
  return `${indent}${t(node).slice(0, 60)}`;
};
for (const doc of documents) {
  if (which && !String(doc.startLine).startsWith(which)) continue;
  const { root, flags } = structureDocument(doc, file);
  console.log(`\n=== ${doc.startLine}-${doc.endLine} ${doc.title}`);
  console.log(root.children.map((n) => show(n, '')).join('\n'));
  for (const f of flags) console.log('  FLAG', f.line, f.message);
}
