/**
 * Fixtures for the extract stage: Markdown parsed the way the structure
 * stage hands documents over (numbering labels moved from the text into
 * `data.label` of headings and list items), and schema validation with
 * dummy ids at the reference paths.
 */
import type { Heading, ListItem, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect } from 'vitest';
import type { Extraction } from '../../../../src/lib/import/model.ts';
import type { ExtractInput } from '../../../../src/lib/import/extract/builder.ts';
import { schemas } from '../../../../src/lib/schemas/index.ts';

const LABEL = /^\s*(第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]|\d+(?:\.\d+)+|\d+[、)）]|\d+\.(?!\d)|\d+(?= +\D)|[(（]\d+[)）]|[①-⑳])\s*/u;

function moveLabel(firstText: { value: string } | undefined): string {
  if (!firstText) return '';
  const match = LABEL.exec(firstText.value);
  if (!match) return '';
  firstText.value = firstText.value.slice(match[0].length);
  return match[1]!;
}

function firstTextOf(node: { children?: unknown[] }): { value: string } | undefined {
  for (const child of (node.children ?? []) as Array<{ type: string; value?: string; children?: unknown[] }>) {
    if (child.type === 'text') return child as { value: string };
    if (child.type === 'paragraph') return firstTextOf(child);
  }
  return undefined;
}

/** Markdown → the Root the structure stage would produce (labels in `data.label`). */
export function structured(markdown: string): Root {
  const root = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        node.data = { ...node.data, label: moveLabel(firstTextOf(node)) } as Heading['data'];
      } else if (node.type === 'list') {
        for (const item of node.children) {
          const label = moveLabel(firstTextOf(item));
          item.data = { ...item.data, label } as ListItem['data'];
          if (label) node.ordered = true;
          visit(item.children);
        }
      } else if ('children' in node && Array.isArray(node.children)) {
        visit(node.children as RootContent[]);
      }
    }
  };
  visit(root.children);
  return root;
}

/** The run date every fixture uses. */
export const TODAY = '2026-11-22';

/** An extractor's input from a title and Markdown. */
export function doc(title: string, markdown: string, lang: 'zh-CN' | 'zh-HK' = 'zh-CN'): ExtractInput {
  return { title, root: structured(markdown), lang, ctx: { today: TODAY } };
}

const COLLECTION = { role: 'roles', department: 'departments', procedure: 'procedures', policy: 'policies', report: 'reports' } as const;

/**
 * Validates an extraction's frontmatter with the real collection schema after
 * doing what the resolver will do: dummy ids at every ref path, an owner.
 * Fails the test with the schema's messages.
 */
export function expectValid(extraction: Extraction): Record<string, unknown> {
  const frontmatter = structuredClone(extraction.frontmatter);
  extraction.refs.forEach((ref, i) => {
    let target: Record<string | number, unknown> = frontmatter;
    for (const key of ref.path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    const last = ref.path.at(-1)!;
    expect(target[last], `ref path ${ref.path.join('.')} holds the name`).toBe(ref.name);
    target[last] = `${ref.collection === 'roles' ? 'role' : 'dept'}-${i}`;
  });
  frontmatter.owner = 'owner-role';
  const result = schemas[COLLECTION[extraction.kind]].safeParse(frontmatter);
  if (!result.success) {
    throw new Error(`schema errors:\n${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n')}\n${JSON.stringify(frontmatter, null, 2)}`);
  }
  return result.data as Record<string, unknown>;
}

/** Messages of an extraction's flags, for `toContainEqual(expect.stringContaining(…))`. */
export function messages(extraction: Extraction): string[] {
  return extraction.flags.map((flag) => flag.message);
}
