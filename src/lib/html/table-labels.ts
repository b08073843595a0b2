/**
 * Labels every table cell with its column header (`data-label`), so that on a
 * phone a table can be shown as stacked cards — one card per row, each value
 * under its header — by CSS alone (`table.stack` in src/styles/global.css).
 * Runs at build time as a hast plugin of Astro's Markdown processor (Sätteri)
 * on MDX bodies; the Astro views label their own tables in their markup.
 */
import type { Element, ElementContent } from 'hast';

/** Class a labelled table carries; the stylesheet stacks only these. */
const STACK_CLASS = 'stack';

function isElement(node: ElementContent | undefined): node is Element {
  return node?.type === 'element';
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName)) rows.push(...child.children.filter((c): c is Element => isElement(c) && c.tagName === 'tr'));
  }
  return rows;
}

const cellsOf = (row: Element) => row.children.filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
const spanOf = (cell: Element) => Number(cell.properties?.colSpan ?? 1) || 1;

/** Header texts of a table's columns: its first row when made of `th` cells only, else none. */
export function headerLabels(table: Element): string[] {
  const [first] = rowsOf(table);
  const cells = first ? cellsOf(first) : [];
  if (!cells.length || cells.some((c) => c.tagName !== 'th')) return [];
  // A header spanning columns labels each column it spans.
  return cells.flatMap((c) => Array<string>(spanOf(c)).fill(textOf(c).replace(/\s+/g, ' ').trim()));
}

/** Each body cell of `table` with the header of its column (cells under an empty header are left out). */
export function cellLabels(table: Element): { cell: Element; label: string }[] {
  const labels = headerLabels(table);
  if (!labels.length) return [];
  const [, ...body] = rowsOf(table);
  return body.flatMap((row) => {
    let column = 0;
    return cellsOf(row).flatMap((cell) => {
      const label = labels[column];
      column += spanOf(cell);
      return label ? [{ cell, label }] : [];
    });
  });
}

interface PropertySetter {
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
}

/** Sätteri hast plugin (`markdown.processor: satteri({ hastPlugins: [tableLabels] })`): labels the cells of every table with a header row and marks it stackable. */
export const tableLabels = {
  name: 'handbook-table-labels',
  element: {
    filter: ['table'],
    visit(table: Readonly<Element>, ctx: PropertySetter): void {
      const cells = cellLabels(table as Element);
      if (!cells.length) return;
      for (const { cell, label } of cells) ctx.setProperty(cell, 'dataLabel', label);
      const classes = table.properties?.className;
      // hast keeps className as a list; anything else (absent) starts an empty one.
      const list = Array.isArray(classes) ? classes.map(String) : [];
      if (!list.includes(STACK_CLASS)) ctx.setProperty(table, 'className', [...list, STACK_CLASS]);
    },
  },
};
