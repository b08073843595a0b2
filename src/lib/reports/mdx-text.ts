/** Writing MDX safely: escaping handbook text and template text, frontmatter values. */
import { escapeMdxText } from '../text/mdx-escape.ts';
import { fillTag, TEMPLATE_FILL, TEMPLATE_VARIABLE } from './placeholders.ts';

/** Handbook text as literal MDX text on one line (see {@link escapeMdxText}, shared with the importer). */
export function escapeMdx(text: string): string {
  return escapeMdxText(text.replace(/\s+/g, ' ').trim());
}

/** Text for a table cell: escaped, on one line. */
export function escapeCell(text: string): string {
  return escapeMdx(text) || ' ';
}

/**
 * Template text (Markdown written by HR) as MDX: `{变量}` replaced by its
 * escaped value, `[[提示]]` by a `<Fill hint="提示" />` placeholder, and any
 * other `<` escaped so it cannot start a tag.
 */
export function renderTemplateText(text: string, values: Record<string, string>): string {
  const fills: string[] = [];
  const withMarkers = text
    .replace(TEMPLATE_FILL, (_, hint: string) => {
      fills.push(fillTag(hint.trim()));
      return `\u0000${fills.length - 1}\u0000`;
    })
    .replace(/</g, '\\<')
    .replace(TEMPLATE_VARIABLE, (_, name: string) => escapeMdx(values[name.trim()] ?? ''));
  return withMarkers.replace(/\u0000(\d+)\u0000/g, (_, index: string) => fills[Number(index)]!);
}

/** Template text as plain text (for titles): variables replaced, placeholders left as their hint. */
export function renderTemplatePlain(text: string, values: Record<string, string>): string {
  return text
    .replace(TEMPLATE_FILL, (_, hint: string) => hint.trim())
    .replace(TEMPLATE_VARIABLE, (_, name: string) => values[name.trim()] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A YAML scalar for frontmatter: plain when safe, double-quoted otherwise. */
export function yamlString(value: string): string {
  const plain = /^[^\s'"`{}[\],&*#?|<>=!%@:\-][^:#]*$/.test(value) && !/\s$/.test(value) && !/^(true|false|null|~|yes|no|on|off|[\d.+-]+)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}
