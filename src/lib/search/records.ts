/**
 * The search records of one page. Each page gives three records:
 * - body: all its text — decides which pages match, and gives the excerpt;
 * - title and headings: the same page again, searched first so that pages
 *   whose title (then headings) contain the query rank first. Phrase matches
 *   carry no score in Pagefind, so ranking comes from which record matched.
 */
import type { FoldTable } from './fold.ts';
import type { PageText } from './page-text.ts';
import { encodeText, type EncodedText } from './record-text.ts';

export type RecordField = 'body' | 'title' | 'headings';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Meta keys the browser reads back (kept short: they are in every fragment). */
export interface RecordMeta {
  /** Page title as shown. */
  title: string;
  /** URL of the page (records of the title and headings point at it too). */
  page: string;
  type: string;
  dept: string;
  lang: string;
  /** Which part of the page this record holds. */
  field: RecordField;
  /** Original characters: whole string (`o`) or JSON of changes (`d`). */
  o?: string;
  d?: string;
  /** JSON of the text between tokens. */
  g: string;
  /** Start of the page text as shown, for title and heading hits. */
  summary?: string;
}

function encodedMeta(encoded: EncodedText): Pick<RecordMeta, 'o' | 'd' | 'g'> {
  return {
    ...(typeof encoded.originals === 'string' ? { o: encoded.originals } : encoded.originals.length ? { d: JSON.stringify(encoded.originals) } : {}),
    g: JSON.stringify(encoded.gaps),
  };
}

/** The three records of a page at `url`. */
export function pageRecords(url: string, page: PageText, table: FoldTable): SearchRecord[] {
  const base = { title: page.title, page: url, type: page.type, dept: page.department, lang: page.lang };
  const filters = (field: RecordField) => ({ field: [field], type: [page.type], ...(page.department ? { dept: [page.department] } : {}) });
  const summary = page.text.slice(page.afterTitle).replace(/\s+/g, ' ').trim().slice(0, 90);
  const record = (field: RecordField, text: string, suffix: string, extra: Partial<RecordMeta> = {}): SearchRecord => {
    const encoded = encodeText(text, table);
    const meta: RecordMeta = { ...base, field, ...encodedMeta(encoded), ...extra };
    return { url: url + suffix, content: encoded.content, language: 'und', meta: meta as unknown as Record<string, string>, filters: filters(field) };
  };
  const records = [record('body', page.text, ''), record('title', page.title, '#search-title', { summary })];
  if (page.headings.length) records.push(record('headings', page.headings.join('\n'), '#search-headings', { summary }));
  return records.filter((r) => r.content.length > 0);
}
