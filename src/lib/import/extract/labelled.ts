/**
 * Reads "label: value" fields such as 职位名称:运营主管 or 所属部门 运营部,
 * including form rows flattened onto one line
 * (`职位名称 宾馆运营总监 所属部门 宾馆营运部 直接上级 副总经理`):
 * a value runs from its label to the next known label.
 */
import { cleanItem, fold, isBlankValue } from './text.ts';
import type { Line } from './tree.ts';

/** A field found in the document. */
export interface LabelledValue {
  /** Value as written (document's script), trimmed; may be '' when the form left it blank. */
  value: string;
  /** The label as written. */
  label: string;
  line?: number;
  /** True when the value is blank or a placeholder (xx, ***). */
  blank: boolean;
}

/** Field name → the labels (Simplified, folded) that introduce it, longest first within a field. */
export type LabelSpec = Record<string, readonly string[]>;

/** Labels shared by forms: who the document belongs to. */
export const ORGANISATION_LABELS: LabelSpec = {
  department: ['所属部门', '所在部门', '隶属部门', '部门名称', '归属部门', '部门'],
};

interface Hit {
  field: string;
  label: string;
  start: number;
  end: number;
}

function hitsIn(key: string, spec: LabelSpec): Hit[] {
  const all = Object.entries(spec)
    .flatMap(([field, labels]) => labels.map((label) => ({ field, label })))
    .sort((a, b) => b.label.length - a.label.length);
  const hits: Hit[] = [];
  for (const { field, label } of all) {
    let from = 0;
    for (;;) {
      const at = key.indexOf(label, from);
      if (at < 0) break;
      from = at + label.length;
      const before = at === 0 ? '' : key[at - 1]!;
      const after = key[at + label.length] ?? '';
      // A label stands alone: at the start or after a separator, and followed by a colon, space or nothing.
      // Lines joined without a separator (编号:YY-006所属部门:运营部) still show a long label and its colon.
      const separated = before === '' || /[\s|,;、()【】\[\]:。]/u.test(before);
      if (!separated && !(label.length >= 4 && (after === ':' || after === ''))) continue;
      if (after !== '' && !/[\s:|]/u.test(after)) continue;
      const end = at + label.length;
      if (hits.some((h) => at < h.end && end > h.start)) continue;
      hits.push({ field, label, start: at, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Reads the fields of `spec` from lines; the first occurrence of each field
 * wins. `fieldLines` holds the indexes of lines that start with a label (so
 * callers can drop them from the body).
 */
export function readLabelled(lines: readonly Line[], spec: LabelSpec): { values: Map<string, LabelledValue>; fieldLines: Set<number> } {
  const values = new Map<string, LabelledValue>();
  const fieldLines = new Set<number>();
  lines.forEach((line, index) => {
    // Rows of tables are never fields: form rows arrive as label:value lines (see tables.ts), other rows are data.
    if (line.source === 'row') return;
    const key = fold(line.text);
    const hits = hitsIn(key, spec);
    if (hits.length === 0) return;
    if (key.slice(0, hits[0]!.start).trim() === '') fieldLines.add(index);
    hits.forEach((hit, i) => {
      if (values.has(hit.field)) return;
      const next = hits[i + 1];
      let start = hit.end;
      while (start < key.length && /[\s:|]/u.test(key[start]!)) start += 1;
      const raw = line.text.slice(start, next ? next.start : line.text.length);
      const value = cleanItem(raw).replace(/[|]+$/u, '').trim();
      values.set(hit.field, { value, label: line.text.slice(hit.start, hit.end), line: line.line, blank: isBlankValue(value) });
    });
  });
  return { values, fieldLines };
}
