/** On-page table of contents entries. */

export interface TocItem {
  id: string;
  text: string;
  /** 2 for a section, 3 for a subsection. */
  depth?: number;
}

/** TOC items for the `##` and `###` headings of an MDX body. */
export function tocFromHeadings(headings: readonly { depth: number; slug: string; text: string }[]): TocItem[] {
  return headings.filter((h) => h.depth >= 2 && h.depth <= 3).map((h) => ({ id: h.slug, text: h.text, depth: h.depth }));
}
