/**
 * Stage 7, emit: turns an imported document into an MDX file — YAML
 * frontmatter validated against its collection's schema, and the body with
 * the original numbering labels written back in front of headings and items.
 * Files are written to a temporary name and renamed, so a crash never leaves
 * half a file; an existing file is never replaced.
 */
import { join } from 'node:path';
import type { Heading, List, ListItem, Root, RootContent, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { FileExistsError, writeFileAtomic } from '../../files/atomic-write.ts';
import { escapeMdxText } from '../../text/mdx-escape.ts';
import { COLLECTION_OF } from './resolve-references.ts';
import { describeIssues } from './schema-messages.ts';
import { departmentSchema } from '../../schemas/departments.ts';
import { policySchema } from '../../schemas/policies.ts';
import { procedureSchema } from '../../schemas/procedures.ts';
import { reportSchema } from '../../schemas/reports.ts';
import { roleSchema } from '../../schemas/roles.ts';
import type { ImportedDocument } from '../model.ts';

const SCHEMAS: Record<ImportedDocument['kind'], z.ZodType> = {
  role: roleSchema,
  department: departmentSchema,
  procedure: procedureSchema,
  policy: policySchema,
  report: reportSchema,
};

/** Field order in the written frontmatter: what a reader looks for first. */
const FIRST_KEYS = ['title', 'name', 'kind', 'docType', 'department', 'level', 'reportsTo', 'status', 'lang', 'owner', 'updated'];

const stringifier = unified()
  .use(remarkGfm)
  .use(remarkMdx)
  // Source text is data: every text node goes through the one MDX escaper, so
  // `export …` lines, `{…}` and `<…>` in a document stay text (remark's own
  // escaping leaves a line-initial `export` alone, which MDX runs as code).
  .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-', handlers: { text: (node: Text) => escapeMdxText(node.value) } });

/** The MDX text of a document, or the schema problems that keep it from being written. */
export function renderDocument(doc: ImportedDocument): { text: string } | { error: string } {
  const frontmatter = {
    ...doc.frontmatter,
    status: 'draft',
    lang: doc.lang,
    source: {
      file: doc.source,
      lines: `${doc.startLine}-${doc.endLine}`,
      fingerprint: doc.fingerprint,
      flags: doc.flags.map((flag) => (flag.line ? `第 ${flag.line} 行:${flag.message}` : flag.message)),
    },
  };
  const parsed = SCHEMAS[doc.kind].safeParse(frontmatter);
  if (!parsed.success) return { error: describeIssues(parsed.error.issues, COLLECTION_OF[doc.kind]) };
  const ordered = Object.fromEntries(
    [...FIRST_KEYS.filter((key) => key in frontmatter), ...Object.keys(frontmatter).filter((key) => !FIRST_KEYS.includes(key))].map((key) => [
      key,
      (frontmatter as Record<string, unknown>)[key],
    ]),
  );
  const yaml = stringify(compact(ordered), { lineWidth: 0 });
  const body = stringifier.stringify(withLabels(doc.body) as never).trim();
  return { text: `---\n${yaml}---\n\n${body ? `${body}\n` : ''}` };
}

/** Writes `text` to `outDir/relativePath` unless that file exists; returns false when it does. */
export function writeNewFile(outDir: string, relativePath: string, text: string): boolean {
  try {
    writeFileAtomic(join(outDir, relativePath), text);
    return true;
  } catch (error) {
    if (error instanceof FileExistsError) return false;
    throw error;
  }
}

/**
 * A copy of the tree where each heading and list item starts with its
 * original label (一、 / (1) / ①), and labelled lists become plain bullet
 * lists so Markdown does not renumber them.
 */
export function withLabels(root: Root): Root {
  const visit = (node: RootContent): RootContent => {
    if (node.type === 'heading') {
      const label = (node.data as { label?: string } | undefined)?.label;
      const heading: Heading = { type: 'heading', depth: node.depth, children: node.children.map((c) => visit(c as RootContent) as never) };
      if (label) heading.children.unshift({ type: 'text', value: `${label}${/[、.::)]$/.test(label) ? '' : ' '}` });
      return heading;
    }
    if (node.type === 'list') {
      const labelled = node.children.some((item) => (item.data as { label?: string } | undefined)?.label);
      const list: List = { type: 'list', ordered: labelled ? false : node.ordered, spread: false, children: node.children.map((item) => visit(item) as ListItem) };
      return list;
    }
    if (node.type === 'listItem') {
      const label = (node.data as { label?: string } | undefined)?.label;
      const children = node.children.map((c) => visit(c as RootContent)) as ListItem['children'];
      const first = children[0];
      if (label && first?.type === 'paragraph') {
        first.children = [{ type: 'text', value: `${label}${/[、.::)]$/.test(label) ? '' : ' '}` }, ...first.children];
      }
      return { type: 'listItem', spread: false, children };
    }
    if ('children' in node) return { ...node, children: (node.children as RootContent[]).map(visit) } as RootContent;
    return { ...node };
  };
  return { type: 'root', children: root.children.map(visit) };
}

/** Drops empty lists and undefined values: the schema supplies them as defaults, and drafts read better without. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, compact(v)]),
    );
  }
  return value;
}
